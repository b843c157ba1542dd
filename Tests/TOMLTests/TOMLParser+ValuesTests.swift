import Diagnostics
import TOML
import TestSupport
import Testing

@Suite("Values: every kind, with ranges")
struct TOMLParserValuesTests {
    @Test("each kind of value keeps its type and byte range")
    func everyKindKeepsItsRange() {
        let source = MarkedText(
            """
            s = 1️⃣"Zoë"2️⃣
            i = 3️⃣-1_0004️⃣
            f = 5️⃣6.02e236️⃣
            b = 7️⃣false8️⃣

            """)
        let root = TOMLTestSupport.valid(source.text)
        let cases: [(String, String, Range<Int>)] = [
            ("s", "string", source.range("1️⃣", "2️⃣")),
            ("i", "integer", source.range("3️⃣", "4️⃣")),
            ("f", "float", source.range("5️⃣", "6️⃣")),
            ("b", "boolean", source.range("7️⃣", "8️⃣")),
        ]
        for (key, typeName, range) in cases {
            #expect(root[key]?.typeName == typeName, "\(key)")
            #expect(root[key]?.range == range, "\(key)")
        }
        #expect(root["s"]?.string == "Zoë")
        #expect(root["i"]?.integer == -1000)
        #expect(root["b"]?.boolean == false)
    }

    @Test("dates, times, arrays and inline tables keep their ranges too")
    func compositeAndTemporalRanges() {
        let source = MarkedText(
            """
            when = 1️⃣2026-06-14T19:30:00+01:002️⃣
            local = 3️⃣2026-06-14 19:30:004️⃣
            day = 5️⃣2026-06-146️⃣
            time = 7️⃣07:30:008️⃣
            list = 9️⃣[1, "two", 3.0, [4], { five = 5 }]

            """)
        let root = TOMLTestSupport.valid(source.text)
        #expect(root["when"]?.typeName == "offset date-time")
        #expect(root["when"]?.range == source.range("1️⃣", "2️⃣"))
        #expect(root["local"]?.typeName == "local date-time")
        #expect(root["local"]?.range == source.range("3️⃣", "4️⃣"))
        #expect(root["day"]?.typeName == "local date")
        #expect(root["day"]?.range == source.range("5️⃣", "6️⃣"))
        #expect(root["time"]?.typeName == "local time")
        #expect(root["time"]?.range == source.range("7️⃣", "8️⃣"))
        let list = root["list"]
        #expect(list?.range.lowerBound == source.offset("9️⃣"))
        #expect(list.map { TOMLTestSupport.slice(source.text, $0.range) } == "[1, \"two\", 3.0, [4], { five = 5 }]")
        let elements = list?.array ?? []
        #expect(elements.map(\.typeName) == ["integer", "string", "float", "array", "table"])
        #expect(elements.last.map { TOMLTestSupport.slice(source.text, $0.range) } == "{ five = 5 }")
    }

    @Test("arrays may mix types, span lines, hold comments and end with a comma")
    func arraysSpanLines() {
        let root = TOMLTestSupport.valid(
            """
            forums = [
              "womens_forum",  # the first
              "bame_forum",
              # a comment on its own line
              42,
            ]
            empty = [ ]
            nested = [[1, 2], ["a"]]

            """)
        #expect(root["forums"]?.array?.count == 3)
        #expect(root["empty"]?.array?.isEmpty == true)
        #expect(root["nested"]?.array?.first?.array?.count == 2)
    }

    @Test("inline tables hold dotted keys and nest")
    func inlineTables() {
        let root = TOMLTestSupport.valid(
            """
            votes = { for = 40, against = 25, result.carried = true }
            approval = { by = { role = "regional_director" }, on = 2026-05-02 }
            none = {}

            """)
        #expect(TOMLTestSupport.value(root, "votes.for")?.integer == 40)
        #expect(TOMLTestSupport.value(root, "votes.result.carried")?.boolean == true)
        #expect(TOMLTestSupport.value(root, "approval.by.role")?.string == "regional_director")
        #expect(root["none"]?.table?.isEmpty == true)
    }

    @Test(
        "inline tables must be on one line, without a trailing comma, and are closed",
        arguments: [
            ("point = { x = 1,\n y = 2 }\n", "T119"),
            ("point = { x = 1, }\n", "T120"),
            ("point = { x = 1 }\npoint.y = 2\n", "T113"),
            ("point = { x = 1, x = 2 }\n", "T110"),
            ("point = { x = 1 y = 2 }\n", "T101"),
        ])
    func inlineTableErrors(text: String, code: String) {
        TOMLTestSupport.singleError(text, code: code)
    }

    @Test("booleans are exactly true and false")
    func booleans() {
        let root = TOMLTestSupport.valid("yes = true\nno = false\n")
        #expect(root["yes"]?.boolean == true)
        #expect(root["no"]?.boolean == false)
        let error = TOMLTestSupport.singleError("maybe = truly\n", code: "T101", at: 8)
        #expect(error?.message == "expected a value, found 'truly'")
        TOMLTestSupport.singleError("x = True\n", code: "T101", at: 4)
    }

    @Test("a missing value is reported where the value should be")
    func missingValue() {
        let error = TOMLTestSupport.singleError("name =\n", code: "T101", at: 6)
        #expect(error?.message == "expected a value, found newline")
        TOMLTestSupport.singleError("name = # nothing\n", code: "T101", at: 7)
        TOMLTestSupport.singleError("name = bare words\n", code: "T101", at: 7)
    }
}
