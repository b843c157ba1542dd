import TOML

/// The kinds of token the rule language has; the raw value indexes ``RuleOperatorTable``.
enum RuleTokenKind: UInt8, Sendable, CaseIterable {
    case integer, string, date, name
    case keywordAnd, keywordOr, keywordNot, keywordIn, keywordIf, keywordThen, keywordElse, keywordWhere
    case keywordTrue, keywordFalse
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case plus, minus, star, slash
    case leftParen, rightParen, leftBracket, rightBracket, comma, dot
    /// Something the lexer already reported; the parser skips it without a second message.
    case error
    case end

    /// Every keyword with its spelling.
    static let keywords: [(spelling: [UInt8], kind: RuleTokenKind)] = [
        ("and", keywordAnd), ("or", keywordOr), ("not", keywordNot), ("in", keywordIn), ("if", keywordIf),
        ("then", keywordThen), ("else", keywordElse), ("where", keywordWhere), ("true", keywordTrue),
        ("false", keywordFalse),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The keyword spelled by `name`'s bytes, if it is one: the one of ``keywords`` with its length and first
    /// letter, if its spelling matches (the lexer asks this of every short name).
    static func keyword(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> RuleTokenKind? {
        guard let first = name.first else { return nil }
        let candidate: (RuleTokenKind, StaticString)? =
            switch (name.count, first) {
            case (3, UInt8(ascii: "a")): (.keywordAnd, "and")
            case (2, UInt8(ascii: "o")): (.keywordOr, "or")
            case (3, UInt8(ascii: "n")): (.keywordNot, "not")
            case (2, UInt8(ascii: "i")): name.last == UInt8(ascii: "n") ? (.keywordIn, "in") : (.keywordIf, "if")
            case (4, UInt8(ascii: "t")):
                name.last == UInt8(ascii: "n") ? (.keywordThen, "then") : (.keywordTrue, "true")
            case (4, UInt8(ascii: "e")): (.keywordElse, "else")
            case (5, UInt8(ascii: "w")): (.keywordWhere, "where")
            case (5, UInt8(ascii: "f")): (.keywordFalse, "false")
            default: nil
            }
        guard let (kind, spelling) = candidate, spelling.withUTF8Buffer({ $0.elementsEqual(name) }) else {
            return nil
        }
        return kind
    }

    /// Whether this is a keyword (which may still name a field after a '.').
    var isKeyword: Bool { rawValue >= Self.keywordAnd.rawValue && rawValue <= Self.keywordFalse.rawValue }
}

/// One token: its kind, its UTF-8 range in the ``RuleSource`` text, and a number the lexer worked out.
///
/// Tokens are plain data (no strings), so a token array costs one allocation and nothing to free; the
/// parser decodes names and string literals from the bytes when it builds their nodes.
struct RuleToken: Sendable {
    var kind: RuleTokenKind
    var range: Range<Int>
    /// An integer's value; a date as `yyyymmdd`; for a string, 1 if it has escapes.
    var payload: Int = 0

    /// A date token's date.
    var date: TOMLDate {
        TOMLDate(year: payload / 10_000, month: payload / 100 % 100, day: payload % 100)
    }
}
