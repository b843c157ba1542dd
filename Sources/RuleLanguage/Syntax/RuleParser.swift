import Diagnostics

/// Parses rule expressions with Pratt's method, driven by ``RuleOperatorTable``.
///
/// The parser recovers from errors and collects them: a missing operand becomes an
/// ``RuleExpression/Kind/invalid`` node, a missing bracket is reported once, and text left over after a
/// complete expression is reported once. Nesting is limited (``maximumDepth`` brackets or prefixes, and a
/// tree at most ``maximumHeight`` levels tall), so hostile input gives a diagnostic, never a stack overflow.
public enum RuleParser {
    /// The deepest nesting of brackets, calls, lists, `if`, `where` and prefix operators (`docs/rule-language.md`
    /// promises 64). A right-hand operand is not a level: it binds tighter than its operator, so such
    /// operands nest at most once per precedence level between two real levels.
    public static let maximumDepth = 64
    /// The tallest syntax tree (a long chain such as `a + b + c + …` grows the tree without nesting).
    public static let maximumHeight = 256

    /// Parses a whole expression.
    ///
    /// - Parameter source: The expression text and where it came from.
    /// - Returns: The tree (with ``RuleExpression/Kind/invalid`` nodes where parts could not be read) and
    ///   every problem found. The tree is `nil` only when the text was nested too deeply to read.
    ///   The expression is usable only when the diagnostics contain no error.
    public static func parse(_ source: RuleSource) -> (RuleExpression?, [Diagnostic]) {
        var text = source.text
        return text.withUTF8 { parse(source, bytes: $0, range: 0..<$0.count) }
    }

    /// Parses the expression in `range` of `bytes` (the UTF-8 of `source.text`); used by templates.
    static func parse(
        _ source: RuleSource, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>
    ) -> (RuleExpression?, [Diagnostic]) {
        // Most template tags are a bare name or dotted path: read without tokens, to the same node.
        if let path = plainPath(bytes, range) {
            return (RuleExpression(.path(String(decoding: bytes[path], as: UTF8.self)), range: path), [])
        }
        return parseTokens(source, bytes: bytes, range: range)
    }

    /// ``parse(_:bytes:range:)`` by tokens and the Pratt loop, for any expression.
    static func parseTokens(
        _ source: RuleSource, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>
    ) -> (RuleExpression?, [Diagnostic]) {
        var lexer = RuleLexer(bytes: bytes, range: range, source: source)
        let tokens = lexer.tokenize()
        var parser = RuleParserState(source: source, bytes: bytes, tokens: tokens, diagnostics: lexer.diagnostics)
        let parsed = parser.parseExpression(0, nests: false)
        if !parser.abandoned, parser.current.kind != .end {
            let found = parser.describe(parser.current)
            parser.reportHere(parser.current.kind == .keywordWhere ? .whereOutsideFilter() : .unexpectedAfterEnd(found))
        }
        return (parser.abandoned ? nil : parsed.expression, parser.diagnostics)
    }
}

extension RuleParser {
    /// The range of `bytes[range]` without its surrounding spaces when that is a plain path, `a` or `a.b.c`
    /// written without spaces: each part a name (ASCII letters, digits, `_`, not starting with a digit), the
    /// first not a keyword (later parts may be, as field names). Such text parses to one ``RuleExpression``
    /// `.path` node over that range, with no diagnostics; nil for anything else.
    static func plainPath(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        var index = lower
        var partStart = lower
        while true {
            guard index < upper, isNameStart(bytes[index]) else { return nil }
            while index < upper, isNameStart(bytes[index]) || isDigit(bytes[index]) { index += 1 }
            if partStart == lower, index - lower <= 5, RuleTokenKind.keyword(bytes[lower..<index]) != nil {
                return nil
            }
            if index == upper { return lower..<upper }
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
            partStart = index
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        default: false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

/// The state of one parse: the tokens, where the parser is, and what it has found.
struct RuleParserState {
    /// A node with the height of its subtree.
    struct Parsed {
        var expression: RuleExpression
        var height: Int
    }

    // Internal so the extensions in sibling files can use it.
    let source: RuleSource
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [RuleToken]
    var index = 0
    var depth = 0
    var abandoned = false
    var lastErrorToken = -1
    var diagnostics: [Diagnostic]

    init(source: RuleSource, bytes: UnsafeBufferPointer<UInt8>, tokens: [RuleToken], diagnostics: [Diagnostic]) {
        self.source = source
        self.bytes = bytes
        self.tokens = tokens
        self.diagnostics = diagnostics
    }

    // MARK: - The Pratt loop

    /// Parses an expression whose operators bind at least as tightly as `minimumPower`.
    ///
    /// - Parameter nests: Whether this expression is one level deeper than its parent (inside a bracket,
    ///   after a prefix operator); false for the whole expression and for right-hand operands.
    mutating func parseExpression(_ minimumPower: Int, nests: Bool = true) -> Parsed {
        let level = nests ? 1 : 0
        depth += level
        defer { depth -= level }
        if depth > RuleParser.maximumDepth {
            // At the bracket or prefix that opened the level too many.
            abandon(at: index > 0 ? tokens[index - 1].range : current.range)
        }
        if abandoned { return invalid(at: current.range.lowerBound) }
        var left = parsePrefix()
        var builtComparison = false
        var reportedChain = false
        while !abandoned, let (entry, width) = infixHere(), entry.power >= minimumPower {
            if entry.node == .field {
                left = parseField(of: left)
                continue
            }
            let operatorToken = current
            let operatorRange = operatorToken.range.lowerBound..<tokens[index + width - 1].range.upperBound
            if entry.node.isComparison, builtComparison, !reportedChain {
                reportedChain = true
                diagnostics.append(source.diagnostic(.chainedComparison(), at: operatorRange))
            }
            index += width
            let right = parseExpression(entry.power + 1, nests: false)
            let range =
                left.expression.range.lowerBound..<max(right.expression.range.upperBound, operatorRange.upperBound)
            left = node(
                .binary(entry.node, left.expression, right.expression, operatorRange: operatorRange), range: range,
                height: max(left.height, right.height))
            builtComparison = entry.node.isComparison
        }
        return left
    }

    /// `.name` after `left` (a bracket, a call or a list), reading one of its fields. As in paths, the name
    /// may be a keyword.
    private mutating func parseField(of left: Parsed) -> Parsed {
        let dot = current
        advance()
        guard current.kind == .name || current.kind.isKeyword else {
            reportHere(.expectedName(found: describe(current)))
            return left
        }
        let name = current
        advance()
        let field = RuleExpression(.string(text(name.range)), range: name.range)
        return node(
            .binary(.field, left.expression, field, operatorRange: dot.range),
            range: left.expression.range.lowerBound..<name.range.upperBound, height: left.height)
    }

    /// The infix operator at the current token and how many tokens it spans (`not in` is two).
    private func infixHere() -> (RuleOperatorTable.Infix, Int)? {
        let kind = current.kind
        if kind == .keywordNot {
            guard index + 1 < tokens.count, tokens[index + 1].kind == .keywordIn,
                let entry = RuleOperatorTable.infixByToken[Int(kind.rawValue)]
            else { return nil }
            return (entry, 2)
        }
        guard let entry = RuleOperatorTable.infixByToken[Int(kind.rawValue)] else { return nil }
        return (entry, 1)
    }

    // MARK: - Helpers

    /// The current token; `index` never passes the final ``RuleTokenKind/end`` token.
    var current: RuleToken { tokens[index] }

    /// The text of `range`, straight from the bytes.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// A node built from children of the given heights; abandons parsing if the tree grows too tall.
    mutating func node(_ kind: RuleExpression.Kind, range: Range<Int>, height children: Int = 0) -> Parsed {
        let height = children + 1
        if height > RuleParser.maximumHeight { abandon(at: range) }
        return Parsed(expression: RuleExpression(kind, range: range), height: height)
    }

    func invalid(at offset: Int) -> Parsed {
        Parsed(expression: RuleExpression(.invalid, range: offset..<offset), height: 1)
    }

    /// Stops parsing after one "nested too deeply" diagnostic.
    mutating func abandon(at range: Range<Int>) {
        guard !abandoned else { return }
        abandoned = true
        diagnostics.append(source.diagnostic(.nestedTooDeeply(limit: RuleParser.maximumDepth), at: range))
    }

    /// Reports a problem at the current token, at most once per token, never at a token the lexer already
    /// reported, and not at all once parsing has been abandoned.
    mutating func reportHere(_ message: RuleMessage, notes: [Note] = []) {
        guard !abandoned, index != lastErrorToken, current.kind != .error else { return }
        lastErrorToken = index
        diagnostics.append(source.diagnostic(message, at: current.range, notes: notes))
    }

    /// How a token is named in messages: `'then'`, `'"text"'`, or `the end of the expression`.
    func describe(_ token: RuleToken) -> String {
        guard token.kind != .end else { return "the end of the expression" }
        var text = self.text(token.range)
        if text.count > 24 { text = String(text.prefix(21)) + "..." }
        return "'\(text)'"
    }
}
