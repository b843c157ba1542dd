import TOML
import TestSupport
import Testing

@Suite("Tables: headers, arrays of tables and the redefinition rules")
struct TOMLParserTablesTests {
    @Test("headers, implicit parents, and a parent defined afterwards")
    func headers() {
        let root = TOMLTestSupport.valid(
            """
            [clp]
            name = "Anytown"

            [menu.sections.governance]
            choose = "one"

            [menu]
            edition = "2019"

            """)
        #expect(TOMLTestSupport.value(root, "clp.name")?.string == "Anytown")
        #expect(TOMLTestSupport.value(root, "menu.sections.governance.choose")?.string == "one")
        #expect(TOMLTestSupport.value(root, "menu.edition")?.string == "2019")
        #expect(root["menu"]?.table?.keys == ["sections", "edition"])
    }

    @Test("a table's range is its header once a header defines it")
    func tableRanges() throws {
        let source = MarkedText(
            """
            [1️⃣a.2️⃣b3️⃣]
            4️⃣[a]5️⃣

            """)
        let root = TOMLTestSupport.valid(source.text)
        let a = try #require(root.entry("a"))
        #expect(a.value.range == source.range("4️⃣", "5️⃣"))
        #expect(a.keyRange == (source.offset("4️⃣") + 1)..<(source.offset("5️⃣") - 1))
        let b = try #require(a.value.table?.entry("b"))
        #expect(b.keyRange == source.range("2️⃣", "3️⃣"))
        #expect(b.value.range == (source.offset("1️⃣") - 1)..<(source.offset("3️⃣") + 1))
    }

    @Test("arrays of tables, with sub-tables added to the last element")
    func arraysOfTables() throws {
        let root = TOMLTestSupport.valid(
            """
            [[officers]]
            post = "chair"
            [officers.contact]
            email = "chair@example.org"

            [[officers]]
            post = "secretary"
            [[officers.deputies]]
            name = "A. Patel"

            """)
        let officers = try #require(root["officers"]?.array)
        #expect(officers.count == 2)
        #expect(officers[0].table?["contact"]?.table?["email"]?.string == "chair@example.org")
        #expect(officers[1].table?["contact"] == nil)
        #expect(officers[1].table?["deputies"]?.array?.count == 1)
    }

    @Test("dotted keys may create sub-tables of a table made by dotted keys")
    func dottedThenSubTableHeader() {
        let root = TOMLTestSupport.valid(
            """
            [fruit]
            apple.colour = "red"
            apple.taste.sweet = true

            [fruit.apple.texture]
            smooth = true

            """)
        #expect(TOMLTestSupport.value(root, "fruit.apple.texture.smooth")?.boolean == true)
        #expect(TOMLTestSupport.value(root, "fruit.apple.taste.sweet")?.boolean == true)
    }

    @Test(
        "tables cannot be defined twice or reopened the wrong way",
        arguments: [
            ("[a]\n[a]\n", "T111", 4, 0),
            ("[a]\nb = 1\n[a.b]\n", "T115", 10, 4),
            ("[fruit]\napple.colour = \"red\"\n[fruit.apple]\n", "T112", 29, 8),
            ("[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n", "T114", 20, 0),
            ("a = { x = 1 }\n[a]\n", "T113", 14, 4),
            ("a = { x = 1 }\na.y = 2\n", "T113", 14, 4),
            ("a = { x = 1 }\n[a.b]\n", "T113", 15, 4),
            ("[[a]]\n[a]\n", "T116", 6, 0),
            ("[a]\n[[a]]\n", "T117", 4, 0),
            ("a = [1]\n[[a]]\n", "T117", 8, 0),
            ("a = 1\n[a.b]\n", "T115", 7, 0),
            ("a = 1\na.b = 2\n", "T115", 6, 0),
            ("[[a.b]]\n[a]\nb.c = 1\n", "T123", 12, 0),
            ("[a]\nx = 1\n[a.x]\n", "T115", 10, 4),
        ])
    func redefinitions(text: String, code: String, offset: Int, noteOffset: Int) {
        let error = TOMLTestSupport.singleError(text, code: code, at: offset)
        #expect(error?.notes.count == 1)
        #expect(error?.notes.first?.location?.range.lowerBound == noteOffset)
        #expect(error?.notes.first?.message.hasSuffix("first defined here") == true)
    }

    @Test("keys under a rejected header give no further errors")
    func rejectedHeaderDoesNotCascade() {
        let errors = TOMLTestSupport.errors("[t]\nx = 1\n[t]\nx = 2\ny = 3\n")
        #expect(errors.map(\.code) == ["T111"])
    }

    @Test("header syntax errors")
    func headerSyntax() {
        TOMLTestSupport.singleError("[a\nb = 1\n", code: "T101", at: 2)
        TOMLTestSupport.singleError("[[a]\n", code: "T101", at: 4)
        TOMLTestSupport.singleError("[]\n", code: "T101", at: 1)
        TOMLTestSupport.singleError("[a] b = 1\n", code: "T101", at: 4)
        TOMLTestSupport.singleError("[ [a]]\n", code: "T101", at: 2)
    }

    @Test("whitespace inside headers is allowed")
    func headerWhitespace() {
        let root = TOMLTestSupport.valid("[ a . \"b c\" ]\nx = 1\n[[ list ]]\n")
        #expect(root["a"]?.table?["b c"]?.table?["x"]?.integer == 1)
        #expect(root["list"]?.array?.count == 1)
    }
}
