import Diagnostics

/// Reads TOML 1.0 text into a ``TOMLDocument``, collecting every problem as a located diagnostic.
///
/// The reader works on UTF-8 bytes with an index and keeps the byte range of every key and value. It
/// never stops at the first error: after a bad line it carries on with the next one, up to
/// ``maxErrors`` errors. Hostile input cannot crash it: nesting is limited to ``maxDepth`` levels.
///
/// ```swift
/// let result = TOMLParser.parse(bytes: bytes, path: "menu.toml")
/// if result.isValid { use(result.document.root) }
/// ```
public struct TOMLParser {
    /// The deepest nesting of tables and arrays accepted; deeper input gets diagnostic T118.
    public static let maxDepth = 128
    /// After this many errors the reader stops, adding one T122 note.
    public static let maxErrors = 100

    var cursor: ByteCursor
    let path: String
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    var stopped = false
    /// Every table read so far; the root is table 0.
    var arena: TableArena
    /// The table that `key = value` lines add to: the root, or the one the last header opened.
    var current = 0
    /// Where the statement being read started, for error recovery.
    var statementStart = 0
    /// The keys being read, innermost last; a key-value pair pushes its segments and pops them when stored.
    var keys: [KeySegment] = []
    /// The `[` and `{` still open at the cursor, innermost last; used to skip a broken value.
    var openContainers: [UInt8] = []
    /// Decoded bytes of a string with escapes, reused between strings.
    var scratch: [UInt8] = []
    /// Bare keys already decoded.
    var keyCache = KeyCache()
    /// Offsets of the first invalid UTF-8 sequence of each line that has one (the bytes are read as `?`);
    /// other errors on those lines are not reported.
    let encodingProblems: [Int]
    /// The last line checked for an encoding problem, so many errors on one long line cost one scan.
    private var checkedLine: (range: ClosedRange<Int>, hasProblem: Bool)?

    private init(bytes: UnsafeBufferPointer<UInt8>, path: String, encodingProblems: [Int]) {
        self.cursor = ByteCursor(bytes: bytes)
        self.path = path
        self.encodingProblems = encodingProblems
        // Sized for about one table per 128 bytes; untouched capacity costs no memory.
        self.arena = TableArena(expectedTables: bytes.count / 128)
        _ = arena.makeTable(origin: .header, range: 0..<0, depth: 0, parent: nil, name: nil)
    }

    /// Parses raw bytes, rejecting invalid UTF-8 at the byte where it starts.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - path: the name diagnostics show for the file.
    /// - Returns: the document (as much as could be read) and its diagnostics, sorted by position.
    public static func parse(bytes: [UInt8], path: String) -> TOMLParseResult {
        if let text = String(validating: bytes, as: UTF8.self) {
            return parse(validBytes: bytes, text: text, path: path, problems: [])
        }
        var cleaned = bytes
        let problems = UTF8Validator.clean(&cleaned)
        return parse(
            validBytes: cleaned, text: String(decoding: cleaned, as: UTF8.self), path: path, problems: problems)
    }

    /// Parses text that is already a valid `String`.
    public static func parse(_ text: String, path: String) -> TOMLParseResult {
        parse(validBytes: Array(text.utf8), text: text, path: path, problems: [])
    }

    private static func parse(
        validBytes: [UInt8], text: String, path: String, problems: [UTF8Validator.Problem]
    ) -> TOMLParseResult {
        validBytes.withUnsafeBufferPointer { buffer in
            var parser = TOMLParser(bytes: buffer, path: path, encodingProblems: problems.map(\.offset))
            parser.reportEncodingProblems(problems)
            parser.parseDocument()
            let document = TOMLDocument(root: parser.arena.build(0), source: SourceFile(path: path, text: text))
            return TOMLParseResult(document: document, diagnostics: parser.diagnostics.sortedForOutput())
        }
    }

    /// Reports the invalid sequences (the first of each line; the rest of a binary line adds nothing).
    private mutating func reportEncodingProblems(_ problems: [UTF8Validator.Problem]) {
        for problem in problems {
            record(.invalidUTF8(byte: problem.byte, at: span(problem.offset..<(problem.offset + problem.length))))
        }
    }

    // MARK: - Statements

    private mutating func parseDocument() {
        if cursor.matches("\u{FEFF}") { cursor.advance(3) }
        while !cursor.isAtEnd && !stopped {
            statementStart = cursor.index
            do throws(TOMLSyntaxError) {
                try parseStatement()
            } catch {
                report(error.diagnostic)
                recover()
            }
        }
    }

    private mutating func parseStatement() throws(TOMLSyntaxError) {
        cursor.skipWhitespace()
        switch cursor.peek() {
        case .newline:
            cursor.advance()
        case .carriageReturn:
            try finishLine(after: "whitespace")
        case .hash:
            skipComment()
            try finishLine(after: "a comment")
        case .openBracket:
            try parseTableHeader()
            try finishLine(after: "a table header")
        case 0 where cursor.isAtEnd:
            return
        default:
            try parseKeyValue(into: current)
            try finishLine(after: "a value")
        }
    }

    /// Reads optional whitespace and a comment, then the end of the line (or of the file).
    mutating func finishLine(after context: String) throws(TOMLSyntaxError) {
        cursor.skipWhitespace()
        if cursor.peek() == .hash { skipComment() }
        switch cursor.peek() {
        case .newline:
            cursor.advance()
        case .carriageReturn where cursor.peek(1) == .newline:
            cursor.advance(2)
        case .carriageReturn:
            throw TOMLSyntaxError(.bareCarriageReturn(at: span(cursor.index..<(cursor.index + 1))))
        case 0 where cursor.isAtEnd:
            return
        default:
            throw unexpected("a newline after \(context)")
        }
    }

    /// Skips a comment up to (not including) its line ending, reporting forbidden control characters.
    mutating func skipComment() {
        cursor.advance()
        while true {
            cursor.skipCommentText()
            let byte = cursor.peek()
            if cursor.isAtEnd || byte == .newline || (byte == .carriageReturn && cursor.peek(1) == .newline) { return }
            report(
                .controlCharacter(describeControl(byte), in: "a comment", at: span(cursor.index..<(cursor.index + 1))))
            cursor.advance()
        }
    }

    // MARK: - Diagnostics

    func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(file: path, range: range)
    }

    /// Adds a diagnostic unless reading has stopped or its line holds invalid UTF-8 (already reported).
    mutating func report(_ diagnostic: Diagnostic) {
        if !encodingProblems.isEmpty, let offset = diagnostic.location?.range.lowerBound,
            lineHasEncodingProblem(offset)
        {
            return
        }
        record(diagnostic)
    }

    private mutating func record(_ diagnostic: Diagnostic) {
        guard !stopped else { return }
        diagnostics.append(diagnostic)
        guard diagnostic.severity == .error else { return }
        errorCount += 1
        if errorCount >= Self.maxErrors {
            diagnostics.append(.tooManyErrors(limit: Self.maxErrors, at: span(cursor.index..<cursor.index)))
            stopped = true
        }
    }

    private mutating func lineHasEncodingProblem(_ offset: Int) -> Bool {
        if let checkedLine, checkedLine.range.contains(offset) { return checkedLine.hasProblem }
        let start = cursor.lineStart(of: offset)
        let end = cursor.lineEnd(from: offset)
        var low = 0
        var high = encodingProblems.count
        while low < high {
            let mid = (low + high) / 2
            if encodingProblems[mid] < start { low = mid + 1 } else { high = mid }
        }
        let hasProblem = low < encodingProblems.count && encodingProblems[low] <= end
        checkedLine = (start...end, hasProblem)
        return hasProblem
    }
}

/// A syntax error that ends the current statement; the parser records it and recovers at the next line.
struct TOMLSyntaxError: Error {
    var diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    /// A copy with a note, e.g. where an unclosed bracket was opened.
    func adding(note: Note) -> TOMLSyntaxError {
        TOMLSyntaxError(diagnostic.adding(note: note))
    }
}

/// One segment of a (possibly dotted) key, with the range it was written at (quotes included).
struct KeySegment {
    var name: String
    var range: Range<Int>
}
