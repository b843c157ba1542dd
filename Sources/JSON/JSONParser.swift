import Diagnostics

/// Reads JSON (RFC 8259) text into a ``JSONTape`` or a ``JSONDocument``, keeping every key's and value's byte
/// range.
///
/// The reader walks UTF-8 bytes with an index and an explicit stack of open arrays and objects, so nesting
/// costs heap, not call stack, and is capped at ``JSONLimits/maxDepth``. Problems that leave the structure
/// readable (invalid UTF-8 inside a string, a lone surrogate, a duplicate key) are collected and reading goes
/// on; a syntax error ends reading, since JSON has no line or statement to resume at.
///
/// ```swift
/// let result = JSONParser.parse(bytes: bytes, path: "report.json")
/// if result.isValid, let document = result.document { use(document.root) }
/// ```
public struct JSONParser {
    var cursor: ByteCursor
    let path: String
    let limits: JSONLimits
    let duplicateKeys: JSONDuplicateKeys
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    var stopped = false
    /// The arrays and objects open at the cursor, innermost last.
    var frames: [Frame] = []
    /// The children read so far of every open container, outermost first (an object's as key, value, ...);
    /// a container's children move to the tape, side by side, when it closes.
    var pending: EntryBuffer
    /// Every closed container's children, then the root.
    var tape: EntryBuffer
    /// For each depth, the hashed keys of a large object open there (see `linearKeySearch`), reused.
    var keyTables: [JSONKeyTable] = []
    /// The decoded bytes of a key with escapes, reused between keys.
    var scratch: [UInt8] = []
    /// The offset of every byte that was invalid UTF-8 (and is read as `?`), in order; a syntax error at one
    /// of them is the same problem and is not reported again.
    let encodingProblems: [Int]

    private init(
        bytes: UnsafeBufferPointer<UInt8>, path: String, limits: JSONLimits, duplicateKeys: JSONDuplicateKeys,
        encodingProblems: [Int]
    ) {
        self.cursor = ByteCursor(bytes: bytes)
        self.path = path
        self.limits = limits
        self.duplicateKeys = duplicateKeys
        self.encodingProblems = encodingProblems
        // About one entry for every 12 bytes of a report; the buffers grow past that when they must.
        tape = EntryBuffer(capacity: bytes.count / 12)
        pending = EntryBuffer(capacity: 256)
    }

    /// Parses raw bytes into a ``JSONDocument`` tree, rejecting invalid UTF-8 at each bad sequence.
    ///
    /// The bytes are read into a ``JSONTape`` (see ``parseTape(bytes:path:limits:duplicateKeys:)``), which is
    /// then built into ``JSONNode``s.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - path: the name diagnostics show for the file.
    ///   - limits: how deep, long and large the input may be.
    ///   - duplicateKeys: whether a repeated key in an object is an error (the default) or kept.
    /// - Returns: the document (nil after a syntax error) and the diagnostics, sorted by position.
    public static func parse(
        bytes: [UInt8], path: String, limits: JSONLimits = .standard, duplicateKeys: JSONDuplicateKeys = .reject
    ) -> JSONParseResult {
        parseTape(bytes: bytes, path: path, limits: limits, duplicateKeys: duplicateKeys).treeResult()
    }

    /// Parses text that is already a valid `String` into a ``JSONDocument`` tree.
    public static func parse(
        _ text: String, path: String, limits: JSONLimits = .standard, duplicateKeys: JSONDuplicateKeys = .reject
    ) -> JSONParseResult {
        parse(bytes: Array(text.utf8), path: path, limits: limits, duplicateKeys: duplicateKeys)
    }

    /// Parses raw bytes into a ``JSONTape``: everything checked and located as for a tree, nothing built.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents (kept by the tape, which shares them rather than copying).
    ///   - path: the name diagnostics show for the file.
    ///   - limits: how deep, long and large the input may be; a tape holds at most
    ///     ``JSONTape/maxDocumentBytes``, whatever ``JSONLimits/maxDocumentBytes`` says.
    ///   - duplicateKeys: whether a repeated key in an object is an error (the default) or kept.
    /// - Returns: the tape (nil after a syntax error) and the diagnostics, sorted by position.
    public static func parseTape(
        bytes: [UInt8], path: String, limits: JSONLimits = .standard, duplicateKeys: JSONDuplicateKeys = .reject
    ) -> JSONTapeResult {
        let maxBytes = min(limits.maxDocumentBytes, JSONTape.maxDocumentBytes)
        if bytes.count > maxBytes {
            let shown = Array(bytes.prefix(maxBytes))
            let cleaned = UTF8Problems.clean(shown, shown.withUnsafeBufferPointer { UTF8Problems.find(in: $0) })
            let diagnostic = Diagnostic.jsonTooLong(
                "the file (\(bytes.count) bytes)", limit: maxBytes,
                at: SourceSpan(file: path, range: cleaned.count..<cleaned.count))
            return JSONTapeResult(tape: nil, text: SourceText(path: path, bytes: cleaned), diagnostics: [diagnostic])
        }
        let problems = bytes.withUnsafeBufferPointer { UTF8Problems.find(in: $0) }
        let valid = problems.isEmpty ? bytes : UTF8Problems.clean(bytes, problems)
        return parse(validBytes: valid, path: path, limits: limits, keys: duplicateKeys, problems: problems)
    }

    /// Parses text that is already a valid `String` into a ``JSONTape``.
    public static func parseTape(
        _ text: String, path: String, limits: JSONLimits = .standard, duplicateKeys: JSONDuplicateKeys = .reject
    ) -> JSONTapeResult {
        parseTape(bytes: Array(text.utf8), path: path, limits: limits, duplicateKeys: duplicateKeys)
    }

    private static func parse(
        validBytes: [UInt8], path: String, limits: JSONLimits, keys: JSONDuplicateKeys,
        problems: [UTF8Problems.Problem]
    ) -> JSONTapeResult {
        validBytes.withUnsafeBufferPointer { buffer in
            let badBytes = problems.flatMap { $0.offset..<($0.offset + $0.length) }
            var parser = JSONParser(
                bytes: buffer, path: path, limits: limits, duplicateKeys: keys, encodingProblems: badBytes)
            for problem in problems where !parser.stopped {
                parser.record(.jsonInvalidUTF8(byte: problem.byte, at: parser.span(problem.offset, problem.length)))
            }
            defer { parser.pending.deallocate() }
            let text = SourceText(path: path, bytes: validBytes)
            var tape: JSONTape?
            if let root = parser.parseDocument() {
                parser.tape.append(root)
                tape = JSONTape(entries: parser.tape, root: parser.tape.count - 1, text: text)
            } else {
                parser.tape.deallocate()
            }
            return JSONTapeResult(tape: tape, text: text, diagnostics: parser.diagnostics.sortedForOutput())
        }
    }

    /// Reads the one value of the document and checks nothing but whitespace follows; nil after a syntax error.
    private mutating func parseDocument() -> JSONTape.Entry? {
        if cursor.matches("\u{FEFF}") { cursor.advance(3) }
        do throws(JSONSyntaxError) {
            let root = try parseRoot()
            cursor.skipWhitespace()
            guard cursor.isAtEnd else {
                let start = cursor.index
                throw JSONSyntaxError(.jsonTrailingContent(found: describeToken(), at: span(start, tokenLength())))
            }
            return root
        } catch {
            report(error.diagnostic)
            return nil
        }
    }

    /// The value loop: reads a value, or opens a container and reads on until every container is closed.
    private mutating func parseRoot() throws(JSONSyntaxError) -> JSONTape.Entry {
        var value = try readValue()
        while true {
            if let entry = value {
                guard !frames.isEmpty else { return entry }
                value = try continueContainer(after: entry)
            } else {
                value = try startContainer()
            }
        }
    }

    // MARK: - Diagnostics

    func span(_ start: Int, _ length: Int) -> SourceSpan {
        SourceSpan(file: path, range: start..<(start + length))
    }

    /// Adds a diagnostic unless it sits on a byte already reported as invalid UTF-8.
    mutating func report(_ diagnostic: Diagnostic) {
        if !encodingProblems.isEmpty, let offset = diagnostic.location?.range.lowerBound,
            isEncodingProblem(offset)
        {
            return
        }
        record(diagnostic)
    }

    /// Adds a diagnostic, counting errors; after ``JSONLimits/maxErrors`` adds one note and keeps no more.
    mutating func record(_ diagnostic: Diagnostic) {
        guard !stopped else { return }
        diagnostics.append(diagnostic)
        guard diagnostic.severity == .error else { return }
        errorCount += 1
        if errorCount >= limits.maxErrors {
            diagnostics.append(.jsonTooManyErrors(limit: limits.maxErrors, at: span(cursor.index, 0)))
            stopped = true
        }
    }

    private func isEncodingProblem(_ offset: Int) -> Bool {
        var low = 0
        var high = encodingProblems.count
        while low < high {
            let mid = (low + high) / 2
            if encodingProblems[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < encodingProblems.count && encodingProblems[low] == offset
    }
}

/// A syntax error that ends reading; the parser records it and returns no document.
struct JSONSyntaxError: Error {
    var diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
