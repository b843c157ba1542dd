import Diagnostics

/// Every diagnostic code the CSV reader and its column lookup can produce, each declared once with its
/// severity and docs.
///
/// The factories in `CSVMessages.swift` build their diagnostics from these entries. Codes are never reused.
/// The writer reports nothing: every cell can be written.
public enum CSVCatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    public static let all: [MessageDescriptor] = [
        invalidUTF8, quoteInUnquotedField, textAfterClosingQuote, unterminatedQuote, fieldCount, tooLarge,
        tooManyErrors, missingColumn, ambiguousColumn,
    ]

    static let invalidUTF8 = MessageDescriptor(
        "D100", .csv, .error, summary: "invalid UTF-8 in a CSV file",
        documentation: """
            The file contains a byte sequence that is not UTF-8. Spreadsheets often save CSV in a legacy \
            encoding (Windows-1252, Latin-1) or as UTF-16 ("Unicode text"); save it again as "CSV UTF-8". The \
            error points at each bad sequence, or once at the start of a UTF-16 file, which is not read.
            """)

    static let quoteInUnquotedField = MessageDescriptor(
        "D101", .csv, .error, summary: "a double quote inside a field that does not start with one",
        documentation: """
            A field may hold a double quote only if the whole field is quoted, with the quote doubled: \
            "5"" screen" for 5" screen. Quote the field, or remove the quote. The quote is kept as text.
            """)

    static let textAfterClosingQuote = MessageDescriptor(
        "D102", .csv, .error, summary: "text after the closing quote of a quoted field",
        documentation: """
            A quoted field ends at its closing double quote, and a comma or the end of the line must follow. \
            A quote inside the field is written twice (""). The text after the quote is kept in the field.
            """)

    static let unterminatedQuote = MessageDescriptor(
        "D103", .csv, .error, summary: "a quoted field without its closing quote",
        documentation: """
            A field starts with a double quote, but the file ends before the quote that closes it. The error \
            points at the opening quote; the field is read to the next comma or line end, and reading goes on \
            from there. Add the closing quote, or double a quote that is part of the text.
            """)

    static let fieldCount = MessageDescriptor(
        "D104", .csv, .error, summary: "a record with a different number of fields than the header",
        documentation: """
            Every record must have as many fields as the header (the first line), or its values would be read \
            under the wrong columns. A field is missing or one too many: often a comma inside a value that is \
            not quoted. The note shows the header.
            """)

    static let tooLarge = MessageDescriptor(
        "D105", .csv, .error, summary: "a CSV file, field or record larger than the limit",
        documentation: """
            The file (64 MiB), a field (1 MiB) or a record (4,096 fields) is larger than the reader allows, a \
            guard against hostile or damaged input. A field is cut at the limit; fields past the limit are not \
            kept; a file over the limit is not read.
            """)

    static let tooManyErrors = MessageDescriptor(
        "D106", .csv, .note, summary: "too many CSV errors; later ones are not reported",
        documentation: """
            After 100 errors the reader stops reporting, so a binary or badly damaged file cannot flood the \
            output; it still reads the file to its end. Fix the errors shown and read the file again.
            """)

    static let missingColumn = MessageDescriptor(
        "D107", .csv, .error, summary: "a column that is needed is not in the header",
        documentation: """
            The first line of the file names its columns, and one that is needed is not among them. Names \
            are matched ignoring case and spaces around them. Add the column, or correct its name.
            """)

    static let ambiguousColumn = MessageDescriptor(
        "D108", .csv, .error, summary: "a column name that two header fields match",
        documentation: """
            Two fields of the header have the same name (ignoring case and spaces around them), so it is not \
            clear which column holds the values. Rename or remove one of them.
            """)
}
