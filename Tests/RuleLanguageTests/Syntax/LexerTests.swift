import Diagnostics
import RuleLanguage
import TOML
import Testing

@Suite("Lexer")
struct LexerTests {
    @Test("literals of every kind read as values")
    func literals() throws {
        #expect(try parsed("10_000").kind == .integer(10_000))
        #expect(try parsed("007").kind == .integer(7))
        #expect(try parsed("9223372036854775807").kind == .integer(Int.max))
        #expect(try parsed(#""a \"b\" \\ c\nd""#).kind == .string("a \"b\" \\ c\nd"))
        #expect(try parsed("\"café ✓\"").kind == .string("café ✓"))
        #expect(try parsed("2026-06-14").kind == .date(TOMLDate(year: 2026, month: 6, day: 14)))
        #expect(try parsed("2024-02-29").kind == .date(TOMLDate(year: 2024, month: 2, day: 29)))
        #expect(try parsed("true").kind == .boolean(true))
        #expect(try parsed("false").kind == .boolean(false))
    }

    @Test("a date needs exactly YYYY-MM-DD; otherwise it is subtraction")
    func dateOrSubtraction() throws {
        #expect(try parsed("2026 - 06 - 14").description == "2026 - 6 - 14")
        #expect(try parsed("20261-06-14").description == "20261 - 6 - 14")
    }

    @Test("paths are names joined by dots, and keywords may follow a dot")
    func paths() throws {
        #expect(try parsed("facts.branch.members").kind == .path("facts.branch.members"))
        #expect(try parsed("votes.structure_change.for").kind == .path("votes.structure_change.for"))
        #expect(try parsed("a.in").kind == .path("a.in"))
        #expect(try parsed("_x9").kind == .path("_x9"))
        #expect(try parsed("facts . members").kind == .path("facts.members"))
    }

    @Test("overflowing and malformed numbers")
    func badNumbers() {
        assertDiagnostics(
            "1️⃣99999999999999999999 > 1", phase: .parse,
            [Expected("1️⃣", "R104", "integer '99999999999999999999' is too large; the largest is 9223372036854775807")])
        assertDiagnostics(
            "1 + 1️⃣12abc", phase: .parse,
            [Expected("1️⃣", "R107", "'12abc' is not a valid number; write digits, optionally grouped with '_' as in 10_000")])
        assertDiagnostics(
            "1️⃣10_ + 2️⃣1__0", phase: .parse,
            [
                Expected("1️⃣", "R107", "'10_' is not a valid number; write digits, optionally grouped with '_' as in 10_000"),
                Expected("2️⃣", "R107", "'1__0' is not a valid number; write digits, optionally grouped with '_' as in 10_000"),
            ])
    }

    @Test("dates that are not in the calendar")
    func badDates() {
        assertDiagnostics(
            "agm.date < 1️⃣2026-02-29", phase: .parse, [Expected("1️⃣", "R105", "'2026-02-29' is not a date in the calendar")])
        assertDiagnostics(
            "1️⃣2026-13-01 == 2️⃣2026-04-31", phase: .parse,
            [
                Expected("1️⃣", "R105", "'2026-13-01' is not a date in the calendar"),
                Expected("2️⃣", "R105", "'2026-04-31' is not a date in the calendar"),
            ])
    }

    @Test("string problems")
    func badStrings() {
        assertDiagnostics(
            "\"a1️⃣\\tb\" == x", phase: .parse, [Expected("1️⃣", "R103", #"unknown escape '\t' in string; use '\"', '\\' or '\n'"#)])
        assertDiagnostics("x == 1️⃣\"abc", phase: .parse, [Expected("1️⃣", "R102", "unterminated string; expected a closing '\"'")])
        assertDiagnostics(
            "x == 1️⃣'abc'", phase: .parse, [Expected("1️⃣", "R108", "strings are written in double quotes, not single quotes")])
    }

    @Test("characters and operators from other languages")
    func foreign() {
        assertDiagnostics(
            "a 1️⃣= 1 2️⃣&& b 3️⃣|| 4️⃣!c", phase: .parse,
            [
                Expected("1️⃣", "R106", "'=' is not an operator; did you mean '=='?"),
                Expected("2️⃣", "R106", "'&&' is not an operator; did you mean 'and'?"),
                Expected("3️⃣", "R106", "'||' is not an operator; did you mean 'or'?"),
                Expected("4️⃣", "R106", "'!' is not an operator; did you mean 'not'?"),
            ])
        assertDiagnostics(
            "1️⃣ö > 2️⃣é + 3️⃣% 4️⃣👨‍👩‍👧", phase: .parse,
            [
                Expected("1️⃣", "R101", "unexpected character 'ö'"),
                Expected("2️⃣", "R101", "unexpected character 'é'"),
                Expected("3️⃣", "R101", "unexpected character '%'"),
                Expected("4️⃣", "R101", "unexpected character '👨‍👩‍👧'"),
            ])
        assertDiagnostics(
            "x 1️⃣{ 2️⃣ÆØ", phase: .parse,
            [
                Expected("1️⃣", "R101", "unexpected character '{'"),
                Expected("2️⃣", "R101", "unexpected characters 'ÆØ'"),
            ])
    }
}
