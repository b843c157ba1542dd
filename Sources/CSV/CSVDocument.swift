import Diagnostics

/// A parsed CSV file: its records in file order, the first being the header, and the source they came from,
/// so every field can be located.
public struct CSVDocument: Sendable {
    /// Every record, the header first; blank lines are not records.
    public var records: [CSVRecord]
    let text: CSVSourceText

    init(records: [CSVRecord], text: CSVSourceText) {
        self.records = records
        self.text = text
    }

    /// The first record, which names the columns; nil for a file with no records.
    public var header: CSVRecord? { records.first }

    /// The records after the header.
    public var rows: ArraySlice<CSVRecord> { records.dropFirst() }

    /// The name diagnostics show for the file.
    public var path: String { text.path }

    /// The file's text (with invalid bytes shown as `?`) and path, for rendering diagnostics. Built on each
    /// call (a copy of the file); keep the result.
    public var source: SourceFile { text.sourceFile }

    /// A span in this document's file.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(file: text.path, range: range)
    }
}

/// One line of a CSV file (or several, when a quoted field holds line breaks): its fields and where it is.
public struct CSVRecord: Sendable, Hashable {
    /// The fields in order; never empty.
    public var fields: [CSVField]
    /// The bytes of the record in the file, without its line end.
    public var range: Range<Int>

    /// The decoded text of each field.
    public var texts: [String] { fields.map(\.text) }

    /// Whether every field is empty, as in the `,,,` lines spreadsheets write for rows with no values.
    public var isEmpty: Bool { fields.allSatisfy { $0.text.isEmpty } }

    /// The field in `column`, or nil when this record is shorter than the header.
    public subscript(column: CSVColumn) -> CSVField? {
        column.index < fields.count ? fields[column.index] : nil
    }
}

/// One field: its text with the quoting undone, and the bytes it was written as.
public struct CSVField: Sendable, Hashable {
    /// The value: without the surrounding quotes, a doubled quote read as one, line breaks inside quotes kept
    /// as written.
    public var text: String
    /// The bytes of the field in the file, quotes included; empty (a point) for an empty field.
    public var range: Range<Int>
    /// Whether the field was written in double quotes.
    public var isQuoted: Bool
}

/// What reading a CSV file produced: the records that could be read, and the diagnostics.
///
/// The input is valid exactly when ``diagnostics`` holds no error. The reader recovers from every problem but
/// a file over the size limit, so ``document`` always holds what was read (no records for a file over the
/// limit).
public struct CSVParseResult: Sendable {
    /// The records read: all of them, also when some had errors.
    public var document: CSVDocument
    /// Sorted by position.
    public var diagnostics: [Diagnostic]

    /// The file's text and path, for rendering the diagnostics; built on each call, so keep the result.
    public var source: SourceFile { document.source }

    /// Whether the file was read without errors (warnings and notes allowed).
    public var isValid: Bool { !diagnostics.hasErrors }
}

/// The bytes the reader read (valid UTF-8: invalid input bytes are replaced by `?`, one for one, so offsets
/// still match the file) and their path.
struct CSVSourceText: Sendable {
    let path: String
    let bytes: [UInt8]

    var sourceFile: SourceFile { SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)) }
}
