import Diagnostics
import JSON
import TestSupport
import Testing

@Suite("Numbers: grammar, lexemes and ranges")
struct JSONParserNumbersTests {
    @Test(
        "numbers are kept exactly as written",
        arguments: [
            "0", "-0", "12", "-12", "0.5", "1.25e-3", "6.02E+23", "1e400", "-237462374673276894279832749832423479823246327846",
        ])
    func lexemes(text: String) {
        #expect(JSONTestSupport.valid(text)?.number?.lexeme == text)
    }

    @Test(
        "malformed numbers are J105 and say why",
        arguments: [
            ("[012]", "leading zero"), ("[-01]", "leading zero"), ("[-]", "minus sign"), ("[-x]", "minus sign"),
            ("[1.]", "decimal point"), ("[1.e3]", "decimal point"), ("[1e]", "exponent"), ("[1e+]", "exponent"),
            ("[2.e-3]", "decimal point"),
        ])
    func malformed(text: String, reason: String) throws {
        let error = try #require(JSONTestSupport.singleError(text, code: "J105", at: 1))
        #expect(error.message.contains(reason), "\(error.message)")
    }

    @Test("signs and points JSON does not allow are syntax errors", arguments: ["[+1]", "[.5]", "[Infinity]", "[NaN]"])
    func notNumbers(text: String) {
        JSONTestSupport.singleError(text, code: "J101", at: 1)
    }

    @Test("short integers read straight from their packed bytes agree with Int64(lexeme), on the tape and in a tree")
    func shortIntegers() throws {
        var generator = SeededGenerator(seed: 120)
        var lexemes = ["0", "-0", "7", "-7", "100000000000000", "-99999999999999", "999999999999999", "1.5", "-2e3", "1E0"]
        for _ in 0..<400 {
            let digits = Int.random(in: 1...19, using: &generator)
            let first = String(Int.random(in: 1...9, using: &generator))
            let rest = (1..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            lexemes.append((Bool.random(using: &generator) ? "-" : "") + first + rest)
        }
        let text = "[" + lexemes.joined(separator: ", ") + "]"
        let tape = try #require(JSONParser.parseTape(text, path: "n.json").tape)
        let tapeItems = try #require(tape.root.array)
        let treeItems = try #require(JSONTestSupport.valid(text)?.array)
        for (index, lexeme) in lexemes.enumerated() {
            let expected = lexeme.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? nil : Int64(lexeme)
            #expect((try? tapeItems[index].int64()) == expected, "\(lexeme)")
            #expect((try? treeItems[index].int64()) == expected, "\(lexeme)")
        }
    }

    @Test("Int64 conversion: the edges fit, one past them is J120 at the value")
    func int64Range() throws {
        let root = try #require(
            JSONTestSupport.valid("[9223372036854775807, -9223372036854775808, 9223372036854775808, 1.0, 1e2]"))
        let items = try #require(root.array)
        #expect(try items[0].int64() == Int64.max)
        #expect(try items[1].int64() == Int64.min)
        for item in items[2...] {
            #expect(throws: JSONValueError.self) { try item.int64() }
            #expect(item.number?.int64Value == nil)
        }
        do {
            _ = try items[2].int64()
        } catch {
            let diagnostic = error.diagnostic(in: "r.json")
            #expect(diagnostic.code == "J120")
            #expect(diagnostic.location?.range == items[2].range)
            #expect(diagnostic.message.contains("9223372036854775808"))
        }
    }

    @Test("Double conversion: overflow and underflow of a non-zero number are J121")
    func doubleRange() throws {
        let root = try #require(JSONTestSupport.valid("[1.5, 1e308, -0.0, 0e-999, 1e309, -1e400, 1e-400]"))
        let items = try #require(root.array)
        #expect(try items[0].double() == 1.5)
        #expect(try items[1].double() == 1e308)
        #expect(try items[2].double() == 0)
        #expect(try items[3].double() == 0)
        for item in items[4...] {
            #expect(item.number?.doubleValue == nil)
            do {
                _ = try item.double()
                Issue.record("\(item.number?.lexeme ?? "") converted")
            } catch {
                #expect(error.diagnostic(in: "r.json").code == "J121")
                #expect(error.range == item.range)
            }
        }
    }

    @Test("asking a string for a number is J122")
    func notANumber() throws {
        let root = try #require(JSONTestSupport.valid(#"["12"]"#))
        do {
            _ = try root.array?[0].int64()
            Issue.record("a string converted")
        } catch {
            #expect(error.diagnostic(in: "r.json").code == "J122")
            #expect(error.description == "expected a number, found a string")
        }
    }

    @Test("numbers made from values are written canonically, and only valid lexemes are numbers")
    func madeNumbers() {
        #expect(JSONNumber(Int64(-42)).lexeme == "-42")
        #expect(JSONNumber(0.1)?.lexeme == "0.1")
        #expect(JSONNumber(1e22)?.lexeme == "1e+22")
        #expect(JSONNumber(Double.infinity) == nil && JSONNumber(Double.nan) == nil)
        #expect(JSONNumber(lexeme: "-1.5e+3") != nil)
        for bad in ["", "-", "01", "1.", ".5", "+1", "1e", "0x1", "1 "] { #expect(JSONNumber(lexeme: bad) == nil, "\(bad)") }
    }
}
