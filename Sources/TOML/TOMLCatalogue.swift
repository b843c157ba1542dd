import Diagnostics

/// Every diagnostic code the TOML reader and writer can produce, each declared once with its severity and docs.
///
/// The factories in `TOMLMessages.swift` build their diagnostics from these entries. Codes are never reused.
public enum TOMLCatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    public static let all: [MessageDescriptor] = [
        invalidUTF8, unexpectedToken, unterminatedString, invalidEscape, controlCharacter, invalidNumber,
        integerOverflow, invalidDateTime, invalidCalendarDate, bareCarriageReturn, duplicateKey, tableRedefined,
        dottedTableReopened, inlineTableExtended, headerTableExtended, notATable, arrayOfTablesReopened,
        notAnArrayOfTables, nestingTooDeep, newlineInInlineTable, trailingCommaInInlineTable, multilineStringKey,
        tooManyErrors, arrayOfTablesExtended, unwritableValue,
    ]

    static let invalidUTF8 = MessageDescriptor(
        "T100", .toml, .error, summary: "invalid UTF-8",
        documentation: """
            The file contains a byte sequence that is not UTF-8, which TOML requires. Save the file as UTF-8 \
            (not Latin-1 or UTF-16); the error points at the first bad byte on each line.
            """)

    static let unexpectedToken = MessageDescriptor(
        "T101", .toml, .error, summary: "a token other than the one the grammar expects",
        documentation: """
            The reader found something other than what TOML allows at that point, such as a value without a \
            key or two values on one line. The message says what was expected; correct the line to match.
            """)

    static let unterminatedString = MessageDescriptor(
        "T102", .toml, .error, summary: "unterminated string",
        documentation: """
            A string is opened but never closed before the end of the line (or, for a multi-line string, the \
            file). Add the closing quote or quotes that the message names.
            """)

    static let invalidEscape = MessageDescriptor(
        "T103", .toml, .error, summary: "invalid escape sequence",
        documentation: """
            A basic string contains a backslash escape TOML does not define, or a \\u or \\U escape that is not \
            a Unicode scalar. Use one of \\b \\t \\n \\f \\r \\" \\\\ \\uXXXX \\UXXXXXXXX, or a literal string \
            in single quotes where backslashes are plain text.
            """)

    static let controlCharacter = MessageDescriptor(
        "T104", .toml, .error, summary: "control character in a string or comment",
        documentation: """
            TOML forbids control characters other than tab inside strings and comments. Remove the character, \
            or write it as an escape (such as \\u0007) in a basic string.
            """)

    static let invalidNumber = MessageDescriptor(
        "T105", .toml, .error, summary: "malformed number",
        documentation: """
            A number breaks TOML's rules: a leading zero, an underscore not between digits, a prefix such as \
            0x without digits, or a misplaced sign, point or exponent. Write it as the message describes.
            """)

    static let integerOverflow = MessageDescriptor(
        "T106", .toml, .error, summary: "integer outside 64 bits",
        documentation: """
            TOML integers are 64-bit signed numbers. Use a value between -9223372036854775808 and \
            9223372036854775807, or write it as a string if it is not a quantity.
            """)

    static let invalidDateTime = MessageDescriptor(
        "T107", .toml, .error, summary: "malformed date or time",
        documentation: """
            A date, time or offset is not written in the RFC 3339 form TOML uses, or a field is out of range \
            (hour 24, minute 60). Write dates as 2026-06-14 and times as 19:30:00.
            """)

    static let invalidCalendarDate = MessageDescriptor(
        "T108", .toml, .error, summary: "date that is not in the calendar",
        documentation: """
            The date is well formed but does not exist, such as 2021-02-30 or 29 February in a year that is \
            not a leap year. Correct the day or month.
            """)

    static let bareCarriageReturn = MessageDescriptor(
        "T109", .toml, .error, summary: "carriage return without a newline",
        documentation: """
            A carriage return (\\r) must be followed by a newline: TOML accepts LF and CRLF line endings only. \
            Convert the file's line endings to LF or CRLF.
            """)

    static let duplicateKey = MessageDescriptor(
        "T110", .toml, .error, summary: "duplicate key",
        documentation: """
            The same key is defined twice in one table, which TOML forbids. Remove one of the two or rename it; \
            the note points at the first definition.
            """)

    static let tableRedefined = MessageDescriptor(
        "T111", .toml, .error, summary: "table defined twice",
        documentation: """
            Two [x] headers name the same table. Merge their keys under one header; the note points at the \
            first.
            """)

    static let dottedTableReopened = MessageDescriptor(
        "T112", .toml, .error, summary: "header reopening a table made by dotted keys",
        documentation: """
            A table created by dotted keys (a.b = 1 makes table a) cannot later be given a [a] header. Keep \
            all of that table's keys in one form: either dotted keys or a header.
            """)

    static let inlineTableExtended = MessageDescriptor(
        "T113", .toml, .error, summary: "addition to a closed inline table",
        documentation: """
            An inline table { ... } is complete where it is written; no header or dotted key may add to it \
            later. Move the extra keys inside the braces, or write the table with a [x] header instead.
            """)

    static let headerTableExtended = MessageDescriptor(
        "T114", .toml, .error, summary: "dotted key adding to a table defined by a header",
        documentation: """
            A table defined by a [x] header cannot be added to with dotted keys from another table. Add the \
            keys under the table's own header.
            """)

    static let notATable = MessageDescriptor(
        "T115", .toml, .error, summary: "key used as a table but holding a value",
        documentation: """
            A header or dotted key treats a key as a table, but the key already holds a value such as a string \
            or an integer. Rename one of them; the note points at the value.
            """)

    static let arrayOfTablesReopened = MessageDescriptor(
        "T116", .toml, .error, summary: "[x] header naming an array of tables",
        documentation: """
            The name belongs to an array of tables, created with [[x]]. Use [[x]] to add another table to the \
            array, or choose a different name.
            """)

    static let notAnArrayOfTables = MessageDescriptor(
        "T117", .toml, .error, summary: "[[x]] header naming something that is not an array of tables",
        documentation: """
            A [[x]] header adds a table to an array of tables, but the name already holds a table or a value. \
            Use [x] for a single table, or rename one of them.
            """)

    static let nestingTooDeep = MessageDescriptor(
        "T118", .toml, .error, summary: "nesting deeper than the limit",
        documentation: """
            Tables and arrays are nested deeper than the reader allows (128 levels), a guard against hostile \
            input. Flatten the structure.
            """)

    static let newlineInInlineTable = MessageDescriptor(
        "T119", .toml, .error, summary: "newline inside an inline table",
        documentation: """
            TOML 1.0 requires an inline table { ... } to be written on one line. Join the lines, or write the \
            table with a [x] header.
            """)

    static let trailingCommaInInlineTable = MessageDescriptor(
        "T120", .toml, .error, summary: "trailing comma in an inline table",
        documentation: """
            TOML 1.0 allows no comma after the last entry of an inline table (arrays do allow one). Remove the \
            ',' before the closing '}'.
            """)

    static let multilineStringKey = MessageDescriptor(
        "T121", .toml, .error, summary: "multi-line string used as a key",
        documentation: """
            Keys may be bare, basic strings "..." or literal strings '...', never multi-line strings. Write the \
            key as a one-line string.
            """)

    static let tooManyErrors = MessageDescriptor(
        "T122", .toml, .note, summary: "too many errors; reading stopped",
        documentation: """
            After 100 errors the reader stops, so a binary or badly damaged file cannot flood the output. Fix \
            the errors shown and read the file again.
            """)

    static let arrayOfTablesExtended = MessageDescriptor(
        "T123", .toml, .error, summary: "dotted key adding to an array of tables",
        documentation: """
            A dotted key cannot add to an array of tables from outside it. Add the keys under a header of \
            their own, as the message suggests.
            """)

    static let unwritableValue = MessageDescriptor(
        "T201", .toml, .error, summary: "a value that cannot be written as TOML",
        documentation: """
            clpconf was asked to write a value that TOML 1.0 has no spelling for, such as a date whose year \
            is not four digits (TOML dates run from 0000 to 9999), so it wrote nothing rather than a file that \
            would not read back. Correct the value the message names, or the option that produced it.
            """)
}
