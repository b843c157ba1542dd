import TOML
import TestSupport
import Testing

@Suite("Keys: bare, quoted, dotted")
struct TOMLParserKeysTests {
    @Test("bare, quoted, literal and empty keys")
    func keyForms() {
        let root = TOMLTestSupport.valid(
            #"""
            bare_key-1 = 1
            "with space" = 2
            'literal "quoted"' = 3
            "tab\tescape" = 4
            "" = 5
            "ünïcödé" = 6
            1234 = 7

            """#)
        #expect(root.keys == ["bare_key-1", "with space", #"literal "quoted""#, "tab\tescape", "", "ünïcödé", "1234"])
    }

    @Test("dotted keys make tables, with whitespace allowed around the dots")
    func dottedKeys() {
        let root = TOMLTestSupport.valid(
            """
            facts.members = 812
            facts . "labour mp" = false
            site."google.com".up = true

            """)
        #expect(TOMLTestSupport.value(root, "facts.members")?.integer == 812)
        #expect(root["facts"]?.table?["labour mp"]?.boolean == false)
        #expect(root["site"]?.table?["google.com"]?.table?["up"]?.boolean == true)
    }

    @Test("a key's range is where it was written: the last segment of a dotted key")
    func keyRanges() throws {
        let source = MarkedText(
            """
            1️⃣facts.2️⃣members3️⃣ = 812
            4️⃣"quoted key"5️⃣ = 1

            """)
        let root = TOMLTestSupport.valid(source.text)
        let facts = try #require(root.entry("facts"))
        #expect(facts.keyRange == source.offset("1️⃣")..<(source.offset("1️⃣") + 5))
        // An implicit table's value range is the key that created it.
        #expect(facts.value.range == facts.keyRange)
        let members = try #require(facts.value.table?.entry("members"))
        #expect(members.keyRange == source.range("2️⃣", "3️⃣"))
        #expect(root.entry("quoted key")?.keyRange == source.range("4️⃣", "5️⃣"))
    }

    @Test("a key without '=' names the key in the message")
    func missingEquals() {
        let error = TOMLTestSupport.singleError("name \"Anytown\"\n", code: "T101", at: 5)
        #expect(error?.message == "expected '=' after key 'name', found '\"'")
        let dotted = TOMLTestSupport.singleError("clp.\"full name\"\n", code: "T101", at: 15)
        #expect(dotted?.message == "expected '=' after key 'clp.\"full name\"', found newline")
    }

    @Test(
        "things that are not keys",
        arguments: [
            ("= 1\n", "T101", 0), ("a. = 1\n", "T101", 3), (".a = 1\n", "T101", 0), ("a b = 1\n", "T101", 2),
            ("\"\"\"multi\"\"\" = 1\n", "T121", 0), ("'''multi''' = 1\n", "T121", 0), ("é = 1\n", "T101", 0),
        ])
    func invalidKeys(text: String, code: String, offset: Int) {
        TOMLTestSupport.singleError(text, code: code, at: offset)
    }

    @Test("duplicate keys point at both definitions")
    func duplicateKeys() throws {
        let source = MarkedText(
            """
            [server]
            1️⃣port = 8080
            host = "localhost"
            2️⃣port = 9090

            """)
        let error = try #require(TOMLTestSupport.singleError(source.text, code: "T110", at: source.offset("2️⃣")))
        #expect(error.message == "duplicate key 'server.port'")
        #expect(error.location?.range.count == 4)
        #expect(error.notes.count == 1)
        #expect(error.notes.first?.message == "'server.port' first defined here")
        #expect(error.notes.first?.location?.range == source.offset("1️⃣")..<(source.offset("1️⃣") + 4))
    }

    @Test("a key written as a bare key and as a quoted key is the same key")
    func quotedAndBareAreTheSame() {
        TOMLTestSupport.singleError("spelling = 1\n\"spelling\" = 2\n", code: "T110", at: 13)
        TOMLTestSupport.singleError("a.b = 1\na.'b' = 2\n", code: "T110", at: 10)
    }
}
