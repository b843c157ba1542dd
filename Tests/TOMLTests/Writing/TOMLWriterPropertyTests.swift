import Diagnostics
import TOML
import TestSupport
import Testing

/// The writer's promise, tested on seeded random input: whatever a string, key or comment holds (every
/// control character, quotes, backslashes, newlines, `]]`, `[approvals]`, any Unicode), what is written reads
/// back as the same value and adds no key, table or line.
@Suite struct TOMLWriterPropertyTests {
    /// Pieces that strings are built from: every character TOML treats specially, and ordinary text.
    static let pieces: [String] =
        (0x00...0x1F).map { String(Character(Unicode.Scalar(UInt8($0)))) } + [
            "\u{7F}", "\"", "\\", "'", "\n", "\r\n", "]]", "[[", "[approvals]", "\"\"\"", "'''", "#", "=", " ", ".",
            "{", "}", ",", "\\u0041", "\\n", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{2028}", "\u{FEFF}",
            "é", "e\u{301}", "日本", "👨‍👩‍👧", "\u{E000}", "\u{10FFFF}", "a", "Z", "0", "_", "-", "nec = 1",
        ]

    static func randomString(using random: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...24, using: &random)
        return (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }

    /// Every piece on its own, then thousands of seeded random strings.
    static func strings(seed: UInt64, count: Int) -> [String] {
        var random = SeededGenerator(seed: seed)
        return pieces + (0..<count).map { _ in randomString(using: &random) }
    }

    static func unlocated(_ kind: TOMLValue.Kind) -> TOMLValue { TOMLValue(kind, range: 0..<0) }

    @Test func everyStringReadsBackAsItselfUnderOneKey() {
        for value in Self.strings(seed: 0x5EED_0001, count: 5_000) {
            let text = "k = " + TOMLWriter.string(value) + "\nafter = 1\n"
            let parsed = TOMLParser.parse(text, path: "w.toml")
            #expect(parsed.diagnostics.isEmpty, "\(value.debugDescription): \(parsed.diagnostics.map(\.message))")
            #expect(parsed.document.root.keys == ["k", "after"], "\(value.debugDescription)")
            #expect(parsed.document.root["k"]?.string == value, "\(value.debugDescription)")
            #expect(!TOMLWriter.string(value).unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
    }

    @Test func everyKeyReadsBackAsOneKey() {
        for key in Self.strings(seed: 0x5EED_0002, count: 3_000) {
            let text = TOMLWriter.tableHeader([key, key]) + "\n" + TOMLWriter.key(key) + " = 1\n"
            let parsed = TOMLParser.parse(text, path: "w.toml")
            #expect(parsed.diagnostics.isEmpty, "\(key.debugDescription): \(parsed.diagnostics.map(\.message))")
            #expect(parsed.document.root.keys == [key], "\(key.debugDescription)")
            let inner = parsed.document.root[key]?.table?[key]?.table
            #expect(inner?.keys == [key], "\(key.debugDescription)")
            #expect(inner?[key]?.integer == 1)
        }
    }

    @Test func everyCommentStaysOneComment() {
        for text in Self.strings(seed: 0x5EED_0003, count: 5_000) {
            let comment = TOMLWriter.comment(text)
            let document = "a = 1 " + comment + "\n" + comment + "\nb = 2\n"
            let parsed = TOMLParser.parse(document, path: "w.toml")
            #expect(parsed.diagnostics.isEmpty, "\(text.debugDescription): \(parsed.diagnostics.map(\.message))")
            #expect(parsed.document.root.keys == ["a", "b"], "\(text.debugDescription)")
            #expect(!comment.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text.debugDescription)")
        }
    }

    /// Random values: scalars of every kind, strings from the pieces, arrays and inline tables four deep.
    static func randomValue(depth: Int, using random: inout SeededGenerator) -> TOMLValue.Kind {
        switch Int.random(in: 0..<(depth < 4 ? 8 : 6), using: &random) {
        case 0: return .string(randomString(using: &random), TextOffsetMap(base: 0))
        case 1: return .integer(Int64.random(in: .min ... .max, using: &random))
        case 2: return .float(Double(bitPattern: UInt64.random(in: 0 ... .max, using: &random)))
        case 3: return .boolean(Bool.random(using: &random))
        case 4: return .dateTime(TOMLDateTime(date: randomDate(using: &random), time: nil))
        case 5:
            let time = TOMLTime(
                hour: Int.random(in: 0...23, using: &random), minute: Int.random(in: 0...59, using: &random),
                second: Int.random(in: 0...59, using: &random), nanosecond: Int.random(in: 0..<1_000_000_000, using: &random))
            let offset: Int? = Bool.random(using: &random) ? Int.random(in: -1439...1439, using: &random) : nil
            return .dateTime(TOMLDateTime(date: randomDate(using: &random), time: time, offsetMinutes: offset))
        case 6:
            let count = Int.random(in: 0...4, using: &random)
            return .array((0..<count).map { _ in unlocated(randomValue(depth: depth + 1, using: &random)) })
        default:
            var table = TOMLTable()
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let value = unlocated(randomValue(depth: depth + 1, using: &random))
                table.set(.init(key: randomString(using: &random), keyRange: 0..<0, value: value))
            }
            return .table(table)
        }
    }

    static func randomDate(using random: inout SeededGenerator) -> TOMLDate {
        let year = Int.random(in: 0...9999, using: &random)
        let month = Int.random(in: 1...12, using: &random)
        return TOMLDate(year: year, month: month, day: Int.random(in: 1...TOMLDate.daysInMonth(year: year, month: month), using: &random))
    }

    @Test func everyValueReadsBackAsItself() throws {
        var random = SeededGenerator(seed: 0x5EED_0004)
        for _ in 0..<3_000 {
            let value = Self.unlocated(Self.randomValue(depth: 0, using: &random))
            let written = try TOMLWriter.value(value.kind)
            let parsed = TOMLParser.parse("v = " + written + "\n", path: "w.toml")
            #expect(parsed.diagnostics.isEmpty, "\(written): \(parsed.diagnostics.map(\.message))")
            #expect(parsed.document.root.keys == ["v"], "\(written)")
            #expect(parsed.document.root["v"]?.hasSameContent(as: value) == true, "\(written)")
        }
    }

    @Test func everyFourDigitDateReadsBackAndNoOtherYearIsWritten() throws {
        var random = SeededGenerator(seed: 0x5EED_0005)
        for year in stride(from: 0, through: 9999, by: 7) {
            let month = Int.random(in: 1...12, using: &random)
            let date = TOMLDate(year: year, month: month, day: TOMLDate.daysInMonth(year: year, month: month))
            let written = try TOMLWriter.date(date)
            #expect(TOMLParser.parse("d = " + written, path: "w.toml").document.root["d"]?.dateTime?.date == date, "\(written)")
        }
        for _ in 0..<1_000 {
            let year =
                Bool.random(using: &random) ? Int.random(in: 10_000 ... .max, using: &random) : Int.random(in: .min ... -1, using: &random)
            #expect(throws: TOMLWriteError.self) { try TOMLWriter.date(TOMLDate(year: year, month: 1, day: 1)) }
        }
    }
}
