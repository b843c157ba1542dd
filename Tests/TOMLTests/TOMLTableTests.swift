import TOML
import Testing

@Suite("TOMLTable: lookups for small and large tables")
struct TOMLTableTests {
    private func entry(_ key: String, _ value: Int64) -> TOMLTable.Entry {
        TOMLTable.Entry(key: key, keyRange: 0..<0, value: TOMLValue(.integer(value), range: 0..<0))
    }

    @Test("lookups, replacement and modification work below and above the index threshold", arguments: [3, 40])
    func lookups(size: Int) {
        var table = TOMLTable((0..<size).map { entry("k\($0)", Int64($0)) })
        #expect(table.count == size)
        #expect(table.keys.first == "k0")
        for index in 0..<size { #expect(table["k\(index)"]?.integer == Int64(index)) }
        #expect(table["missing"] == nil)
        table.set(entry("k1", 100))
        #expect(table["k1"]?.integer == 100)
        #expect(table.count == size)
        #expect(table.modify("k2") { $0 = TOMLValue(.boolean(true), range: 0..<0) })
        #expect(table["k2"]?.boolean == true)
        #expect(!table.modify("missing") { _ in })
        table.set(entry("new", 7))
        #expect(table.keys.last == "new")
        #expect(table.entry("new")?.value.integer == 7)
    }

    @Test("tables read from TOML look up keys the same way at every size")
    func parsedLargeTable() {
        let text = (0..<50).map { "key\($0) = \($0)" }.joined(separator: "\n")
        let root = TOMLTestSupport.valid(text)
        #expect(root.count == 50)
        #expect(root["key49"]?.integer == 49)
        TOMLTestSupport.singleError(text + "\nkey17 = 0\n", code: "T110")
    }

    @Test("equal tables are equal and hash alike")
    func equality() {
        let first = TOMLTestSupport.valid("a = 1\nb = [1, 2]\n")
        let second = TOMLTestSupport.valid("a = 1\nb = [1, 2]\n")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first != TOMLTestSupport.valid("b = [1, 2]\na = 1\n"))
    }
}
