import Diagnostics
import TOML
import TestSupport
import Testing

@Suite("Strings: the four forms, escapes and offset maps")
struct TOMLParserStringsTests {
    @Test("basic and literal strings")
    func oneLineStrings() {
        let root = TOMLTestSupport.valid(
            #"""
            basic = "tab\there, quote \" and backslash \\"
            unicode = "caf\u00E9 \U0001F389"
            literal = 'C:\Users\secretary\minutes.txt'
            empty = ""
            empty_literal = ''

            """#)
        #expect(root["basic"]?.string == "tab\there, quote \" and backslash \\")
        #expect(root["unicode"]?.string == "café 🎉")
        #expect(root["literal"]?.string == #"C:\Users\secretary\minutes.txt"#)
        #expect(root["empty"]?.string == "")
        #expect(root["empty_literal"]?.string == "")
    }

    @Test("every simple escape decodes")
    func simpleEscapes() {
        let root = TOMLTestSupport.valid(#"all = "\b\t\n\f\r\"\\""#)
        #expect(root["all"]?.string == "\u{08}\t\n\u{0C}\r\"\\")
    }

    @Test("multi-line strings trim the first newline and allow one or two quotes before the end")
    func multilineQuotes() {
        let root = TOMLTestSupport.valid(
            #"""
            advice = """
            Works well for "small" CLPs."""
            one = """ends with a quote""""
            two = """ends with two""'''"""""
            literal = '''
            it's fine'''
            quotes = ''''one' and ''two'''''

            """#)
        #expect(root["advice"]?.string == "Works well for \"small\" CLPs.")
        #expect(root["one"]?.string == "ends with a quote\"")
        #expect(root["two"]?.string == "ends with two\"\"'''\"\"")
        #expect(root["literal"]?.string == "it's fine")
        #expect(root["quotes"]?.string == "'one' and ''two''")
    }

    @Test("a backslash at the end of a line joins it to the next non-blank text")
    func lineContinuation() {
        let root = TOMLTestSupport.valid("text = \"\"\"\nThe quick \\\n\n    brown \\   \n   fox.\"\"\"\n")
        #expect(root["text"]?.string == "The quick brown fox.")
    }

    @Test("CRLF inside a multi-line string reads as a single newline")
    func crlfIsNormalised() {
        let root = TOMLTestSupport.valid("text = '''\r\nfirst\r\nsecond'''\r\nbasic = \"\"\"a\r\nb\"\"\"\r\n")
        #expect(root["text"]?.string == "first\nsecond")
        #expect(root["basic"]?.string == "a\nb")
    }

    @Test(
        "invalid escapes are errors at the backslash",
        arguments: [
            (#"x = "a\qb""#, 6, #"invalid escape sequence '\q'"#),
            (#"x = "\uD800""#, 5, #"invalid escape sequence '\uD800': surrogate"#),
            (#"x = "\U00110000""#, 5, #"invalid escape sequence '\U00110000': code points end at U+10FFFF"#),
            (#"x = "\u12""#, 5, #"invalid escape sequence '\u12': '\u' must be followed by exactly 4"#),
            (#"x = "\ ""#, 5, #"invalid escape sequence '\ '"#),
            ("x = \"\"\"\\ a\"\"\"", 7, #"invalid escape sequence '\ '"#),
        ])
    func invalidEscapes(text: String, offset: Int, messagePrefix: String) {
        let error = TOMLTestSupport.singleError(text, code: "T103", at: offset)
        #expect(error?.message.hasPrefix(messagePrefix) == true, "\(error?.message ?? "")")
    }

    @Test("the rest of a string after a bad escape is still read, and the next line too")
    func badEscapeDoesNotStopReading() {
        let result = TOMLTestSupport.parse("a = \"x\\qy\\tz\"\nb = 2\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.document.root["b"]?.integer == 2)
    }

    @Test(
        "control characters are errors in every kind of string",
        arguments: ["x = \"a\u{07}b\"", "x = 'a\u{7F}b'", "x = \"\"\"a\u{00}b\"\"\"", "x = '''a\u{1F}b'''", "x = \"a\rb\""])
    func controlCharacters(text: String) {
        let isMultiline = text.contains("\"\"\"") || text.contains("'''")
        TOMLTestSupport.singleError(text, code: "T104", at: isMultiline ? 8 : 6)
    }

    @Test("a tab is allowed in strings")
    func tabsAreAllowed() {
        #expect(TOMLTestSupport.valid("x = \"a\tb\"\ny = 'a\tb'\n")["y"]?.string == "a\tb")
    }

    @Test(
        "unterminated strings point at the opening quote",
        arguments: [
            ("name = \"Anytown\nnext = 1\n", "T102", 7),
            ("name = 'Anytown\n", "T102", 7),
            ("intro = \"\"\"never closed\n\nat all", "T102", 8),
            ("intro = '''never closed", "T102", 8),
            ("x = \"\"\"a\"\"\"\"\"\"\n", "T101", 13),
        ])
    func unterminated(text: String, code: String, offset: Int) {
        TOMLTestSupport.singleError(text, code: code, at: offset)
    }

    @Test("a plain string maps decoded offsets straight onto the file")
    func plainOffsetMap() throws {
        let source = MarkedText("rule = \"1️⃣members >= 50\"")
        let value = try #require(TOMLTestSupport.valid(source.text)["rule"])
        let map = try #require(value.stringOffsets)
        #expect(map.base == source.offset("1️⃣"))
        #expect(map.segments.isEmpty)
        #expect(map.sourceOffset(11) == source.offset("1️⃣") + 11)
    }

    @Test("escapes shift the map so each decoded byte points at its source")
    func escapedOffsetMap() throws {
        let source = MarkedText(#"rule = "1️⃣a\t2️⃣b\u00E93️⃣c \"4️⃣x\"""#)
        let value = try #require(TOMLTestSupport.valid(source.text)["rule"])
        #expect(value.string == "a\tbéc \"x\"")
        let map = try #require(value.stringOffsets)
        let decoded = Array("a\tbéc \"x\"".utf8)
        #expect(map.sourceOffset(0) == source.offset("1️⃣"))
        #expect(map.sourceOffset(1) == source.offset("1️⃣") + 1)
        #expect(map.sourceOffset(2) == source.offset("2️⃣"))
        #expect(map.sourceOffset(3) == source.offset("2️⃣") + 1)
        #expect(map.sourceOffset(5) == source.offset("3️⃣"))
        let x = try #require(decoded.firstIndex(of: UInt8(ascii: "x")))
        #expect(map.sourceOffset(x) == source.offset("4️⃣"))
        #expect(map.sourceRange(x..<(x + 1)) == source.offset("4️⃣")..<(source.offset("4️⃣") + 1))
    }

    @Test("a multi-line string's map starts after the trimmed newline and follows continuations and CRLF")
    func multilineOffsetMap() throws {
        let source = MarkedText("text = \"\"\"\r\n1️⃣one \\\r\n    2️⃣two\r\n3️⃣three\"\"\"\n")
        let value = try #require(TOMLTestSupport.valid(source.text)["text"])
        #expect(value.string == "one two\nthree")
        let map = try #require(value.stringOffsets)
        #expect(map.sourceOffset(0) == source.offset("1️⃣"))
        #expect(map.sourceOffset(4) == source.offset("2️⃣"))
        #expect(map.sourceOffset(8) == source.offset("3️⃣"))
        #expect(map.sourceOffset(12) == source.offset("3️⃣") + 4)
    }

    @Test("a literal multi-line string without CRLF is a verbatim slice")
    func literalMultilineMap() throws {
        let source = MarkedText("text = '''\n1️⃣raw \\ text\n2️⃣more'''\n")
        let value = try #require(TOMLTestSupport.valid(source.text)["text"])
        let map = try #require(value.stringOffsets)
        #expect(map.base == source.offset("1️⃣"))
        #expect(map.segments.isEmpty)
        #expect(map.sourceOffset(11) == source.offset("2️⃣"))
    }
}
