import CSV
import Diagnostics
import Testing

@Suite("CSV columns: looked up by name in the header")
struct CSVColumnTests {
    static let roster = "\u{FEFF} CLP Name ,Region,members\nEastbrook,North,120\nWestfield,South\n"

    @Test("a column is found ignoring case and spaces around the name, and read from each record")
    func lookup() throws {
        let document = CSVTestSupport.parse(Self.roster).document
        let name = try #require(document.column(named: "clp name"))
        #expect(name.index == 0 && name.name == " CLP Name ")
        #expect(name.range == 3..<13)
        #expect(document.column(named: "  REGION\t")?.index == 1)
        #expect(document.rows.map { $0[name]?.text } == ["Eastbrook", "Westfield"])
        let members = try #require(document.column(named: "Members"))
        #expect(document.rows.map { $0[members]?.text } == ["120", nil])
        #expect(document.requireColumn(named: "CLP name").column == name)
        #expect(document.requireColumn(named: "CLP name").diagnostic == nil)
    }

    @Test("a missing column is a D107 at the header, with a did-you-mean")
    func missing() throws {
        let document = CSVTestSupport.parse("CLP nmae,region\nx,y\n").document
        let lookup = document.requireColumn(named: "CLP name")
        #expect(lookup.column == nil)
        let diagnostic = try #require(lookup.diagnostic)
        #expect(diagnostic.code == "D107" && diagnostic.severity == .error)
        #expect(diagnostic.message == "the header has no column 'CLP name'; did you mean 'CLP nmae'?")
        #expect(diagnostic.location == SourceSpan(file: CSVTestSupport.path, range: 0..<15))
        let far = try #require(document.requireColumn(named: "ward").diagnostic)
        #expect(far.message == "the header has no column 'ward'")
    }

    @Test("a header written with semicolons gets a note saying so")
    func semicolons() throws {
        let document = CSVTestSupport.parse("CLP name;region\nx;y\n").document
        let diagnostic = try #require(document.requireColumn(named: "region").diagnostic)
        #expect(
            diagnostic.notes.map(\.message) == [
                "the header is one field holding semicolons; save the file with commas between fields"
            ])
    }

    @Test("an empty file has no header and no columns; the D107 points at its start")
    func emptyFile() throws {
        let document = CSVTestSupport.parse("\n").document
        #expect(document.header == nil && document.rows.isEmpty)
        #expect(document.columns(named: "a").isEmpty)
        let diagnostic = try #require(document.requireColumn(named: "a").diagnostic)
        #expect(diagnostic.location?.range == 0..<0)
    }

    @Test("two header fields of the same name: D108 at the second, with a note at the first")
    func ambiguous() throws {
        let document = CSVTestSupport.parse("region,name,Region \n").document
        #expect(document.columns(named: "region").map(\.index) == [0, 2])
        #expect(document.column(named: "region")?.index == 0)
        let lookup = document.requireColumn(named: "region")
        #expect(lookup.column == nil)
        let diagnostic = try #require(lookup.diagnostic)
        #expect(diagnostic.code == "D108")
        #expect(diagnostic.location?.range == 12..<19)
        #expect(diagnostic.notes.first?.location?.range == 0..<6)
    }
}
