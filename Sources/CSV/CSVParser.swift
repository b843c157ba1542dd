import Diagnostics

/// Reads CSV (RFC 4180, and what spreadsheets write) into a ``CSVDocument``, keeping every field's and
/// record's byte range.
///
/// Accepted beyond RFC 4180: a UTF-8 byte order mark (skipped; offsets stay those of the file), lines ended by
/// CRLF, LF or a lone CR, mixed in one file, and a last line with or without its line end. Blank lines are
/// skipped; they are not records. The first record is the header, and every other record must have as many
/// fields (D104, an error: a short or long record would put values under the wrong columns).
///
/// The reader never stops at a problem but a file over ``CSVLimits/maxDocumentBytes``: a stray quote is kept
/// as text (D101, D102), a quoted field left open is read to the end of its line (D103, at the opening quote)
/// and reading goes on, so one run reports every bad line. Each loop moves forward, so the time is linear in
/// the input and no input can hang it.
///
/// ```swift
/// let result = CSVParser.parse(bytes: bytes, path: "roster.csv")
/// if result.isValid, let name = result.document.column(named: "CLP name") { ... }
/// ```
public struct CSVParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    let limits: CSVLimits
    /// The offset of the next byte to read.
    var index = 0
    var records: [CSVRecord] = []
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    var stopped = false
    /// The decoded bytes of a quoted field, reused between fields.
    var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, path: String, limits: CSVLimits) {
        self.bytes = bytes
        self.path = path
        self.limits = limits
    }

    /// Parses raw bytes, reporting invalid UTF-8 at each bad sequence.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - path: the name diagnostics show for the file.
    ///   - limits: how large the file, a field and a record may be.
    /// - Returns: the records read and the diagnostics, sorted by position.
    public static func parse(bytes: [UInt8], path: String, limits: CSVLimits = .standard) -> CSVParseResult {
        if bytes.count > limits.maxDocumentBytes {
            let diagnostic = Diagnostic.csvTooLarge(
                "the file (\(bytes.count) bytes)", limit: "\(limits.maxDocumentBytes) bytes", at: .point(path, 0))
            return result(records: [], text: CSVSourceText(path: path, bytes: []), [diagnostic])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let diagnostic = Diagnostic.csvUTF16(at: SourceSpan(file: path, range: 0..<2))
            return result(records: [], text: CSVSourceText(path: path, bytes: []), [diagnostic])
        }
        let problems = bytes.withUnsafeBufferPointer { UTF8Check.problems(in: $0) }
        let valid = UTF8Check.cleaned(bytes, problems)
        return valid.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(bytes: buffer, path: path, limits: limits)
            for problem in problems {
                parser.report(.csvInvalidUTF8(byte: problem.byte, at: parser.span(problem.offset, problem.length)))
            }
            parser.parseRecords()
            return result(records: parser.records, text: CSVSourceText(path: path, bytes: valid), parser.diagnostics)
        }
    }

    /// Parses text that is already a valid `String`.
    public static func parse(_ text: String, path: String, limits: CSVLimits = .standard) -> CSVParseResult {
        parse(bytes: Array(text.utf8), path: path, limits: limits)
    }

    private static func result(records: [CSVRecord], text: CSVSourceText, _ diagnostics: [Diagnostic])
        -> CSVParseResult
    {
        CSVParseResult(
            document: CSVDocument(records: records, text: text), diagnostics: diagnostics.sortedForOutput())
    }

    // MARK: - Records

    /// Reads every record, skipping a byte order mark and blank lines, and checks each against the header.
    private mutating func parseRecords() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var headerCount = 0
        while index < bytes.count {
            if skipLineEnd() { continue }
            let (record, count) = parseRecord()
            if records.isEmpty {
                headerCount = count
            } else if count != headerCount {
                checkFieldCount(record, count: count, expected: headerCount)
            }
            records.append(record)
        }
    }

    /// Reads one record and its line end; returns it and how many fields it has (kept or not).
    private mutating func parseRecord() -> (CSVRecord, Int) {
        let start = index
        var fields: [CSVField] = []
        var count = 0
        while true {
            let field = parseField()
            count += 1
            if count <= limits.maxFieldsPerRecord {
                fields.append(field)
            } else if count == limits.maxFieldsPerRecord + 1 {
                report(
                    .csvTooLarge(
                        "this record", limit: CSVText.count(limits.maxFieldsPerRecord, "field"),
                        at: span(field.range.lowerBound, field.range.count)))
            }
            guard index < bytes.count, bytes[index] == Byte.comma else { break }
            index += 1
        }
        let record = CSVRecord(fields: fields, range: start..<index)
        _ = skipLineEnd()
        return (record, count)
    }

    /// A D104 at the end of a short record, or over the fields of a long one past the header's count.
    private mutating func checkFieldCount(_ record: CSVRecord, count: Int, expected: Int) {
        let limit = limits.maxFieldsPerRecord
        guard count <= limit, expected <= limit, let header = records.first else { return }
        let end = record.range.upperBound
        let start = count < expected ? end : max(record.fields[expected].range.lowerBound - 1, record.range.lowerBound)
        report(
            .csvFieldCount(
                found: count, expected: expected, at: span(start, end - start),
                header: span(header.range.lowerBound, header.range.count)))
    }

    /// Skips one line end (CRLF, LF or a lone CR); whether there was one.
    mutating func skipLineEnd() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case Byte.lineFeed:
            index += 1
        case Byte.carriageReturn:
            index += 1
            if index < bytes.count, bytes[index] == Byte.lineFeed { index += 1 }
        default:
            return false
        }
        return true
    }

    // MARK: - Diagnostics

    func span(_ start: Int, _ length: Int) -> SourceSpan {
        SourceSpan(file: path, range: start..<(start + length))
    }

    /// Adds a diagnostic, counting errors; after ``CSVLimits/maxErrors`` adds one note and keeps no more.
    mutating func report(_ diagnostic: Diagnostic) {
        guard !stopped else { return }
        diagnostics.append(diagnostic)
        guard diagnostic.severity == .error else { return }
        errorCount += 1
        guard errorCount >= limits.maxErrors else { return }
        diagnostics.append(.csvTooManyErrors(limit: limits.maxErrors, at: span(index, 0)))
        stopped = true
    }
}

/// The bytes CSV gives a meaning to.
enum Byte {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Whether `byte` ends an unquoted field: a comma or a line end.
    @inline(__always)
    static func endsField(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }
}
