import Diagnostics

/// Every diagnostic code the JSON reader, its number conversions and its writer can produce, each declared
/// once with its severity and docs.
///
/// The factories in `JSONMessages.swift` build their diagnostics from these entries. Codes are never reused.
public enum JSONCatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    public static let all: [MessageDescriptor] = [
        invalidUTF8, unexpectedToken, unterminatedString, invalidEscape, controlCharacter, invalidNumber,
        loneSurrogate, duplicateKey, nestingTooDeep, tooLong, trailingContent, tooManyErrors, integerOutOfRange,
        floatOutOfRange, notANumber, unwritableValue,
    ]

    static let invalidUTF8 = MessageDescriptor(
        "J100", .json, .error, summary: "invalid UTF-8 in a JSON file",
        documentation: """
            The file contains a byte sequence that is not UTF-8, which JSON requires. The error points at \
            each bad sequence; a file saved as Latin-1 or UTF-16, or a binary file, gives this error.
            """)

    static let unexpectedToken = MessageDescriptor(
        "J101", .json, .error, summary: "a JSON token other than the one the grammar expects",
        documentation: """
            The reader found something other than what JSON allows at that point: a missing comma or colon, \
            a trailing comma, a key that is not a string, a word other than true, false or null, or the end \
            of the file inside an array or object. The message says what was expected.
            """)

    static let unterminatedString = MessageDescriptor(
        "J102", .json, .error, summary: "unterminated JSON string",
        documentation: """
            A string is opened with a double quote but the file ends before the closing one. Add the closing \
            double quote; a double quote inside a string is written \\".
            """)

    static let invalidEscape = MessageDescriptor(
        "J103", .json, .error, summary: "invalid escape sequence in a JSON string",
        documentation: """
            A string contains a backslash escape JSON does not define. Use one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \
            or \\u followed by four hexadecimal digits.
            """)

    static let controlCharacter = MessageDescriptor(
        "J104", .json, .error, summary: "control character in a JSON string",
        documentation: """
            JSON forbids the characters U+0000 to U+001F, tab and newline included, inside a string. Write \
            them as escapes: \\t, \\n, or \\u0007.
            """)

    static let invalidNumber = MessageDescriptor(
        "J105", .json, .error, summary: "malformed JSON number",
        documentation: """
            A number breaks JSON's rules: a leading zero (012), a point without digits after it (1.), an \
            exponent without digits (1e), or a lone minus sign. Write it as the message describes.
            """)

    static let loneSurrogate = MessageDescriptor(
        "J106", .json, .error, summary: "lone surrogate in a \\u escape",
        documentation: """
            A \\u escape names half of a UTF-16 surrogate pair (D800 to DFFF) without the other half, so it is \
            not a character. Write the character itself, or both halves, such as \\ud83c\\udf89.
            """)

    static let duplicateKey = MessageDescriptor(
        "J107", .json, .error, summary: "duplicate key in a JSON object",
        documentation: """
            An object has two members with the same key. JSON readers disagree on which one counts, so \
            clpconf refuses both; the note shows where the key was first written. Remove one of them.
            """)

    static let nestingTooDeep = MessageDescriptor(
        "J108", .json, .error, summary: "nesting of JSON arrays and objects deeper than the limit",
        documentation: """
            Arrays and objects are nested deeper than the reader allows (512 levels), a guard against \
            hostile input. Flatten the structure.
            """)

    static let tooLong = MessageDescriptor(
        "J109", .json, .error, summary: "a JSON string, number or file longer than the limit",
        documentation: """
            A string (16 MiB), a number (1,000 characters) or the whole file (256 MiB) is longer than the reader \
            allows, a guard against hostile or damaged input. No file clpconf writes comes near these limits.
            """)

    static let trailingContent = MessageDescriptor(
        "J110", .json, .error, summary: "text after the JSON value",
        documentation: """
            A JSON file holds exactly one value, but more text follows it. Remove the extra text, or put the \
            values in an array.
            """)

    static let tooManyErrors = MessageDescriptor(
        "J111", .json, .note, summary: "too many JSON errors; reading stopped",
        documentation: """
            After 100 errors the reader stops reporting, so a binary or badly damaged file cannot flood the \
            output. Fix the errors shown and read the file again.
            """)

    static let integerOutOfRange = MessageDescriptor(
        "J120", .json, .error, summary: "a JSON number that is not a 64-bit integer",
        documentation: """
            A whole number was expected, but the number has a fraction or an exponent, or lies outside \
            -9223372036854775808 to 9223372036854775807. Write a whole number in that range.
            """)

    static let floatOutOfRange = MessageDescriptor(
        "J121", .json, .error, summary: "a JSON number outside the 64-bit float range",
        documentation: """
            The number is too large for a 64-bit floating-point value (about 1.8e308), or not zero but too \
            small to be told apart from zero (below about 5e-324). Write a number within that range.
            """)

    static let notANumber = MessageDescriptor(
        "J122", .json, .error, summary: "a JSON value that is not a number where one is expected",
        documentation: """
            A number was expected at this place, but the value is a string, a boolean, null, an array or an \
            object. Write a number, without quotes.
            """)

    static let unwritableValue = MessageDescriptor(
        "J201", .json, .error, summary: "a value that cannot be written as JSON",
        documentation: """
            clpconf was asked to write a value nested deeper than its JSON reader accepts, so it wrote nothing \
            rather than a file that would not read back. Flatten the value the message names.
            """)
}
