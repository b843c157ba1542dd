import Rulebook
import Testing

/// The catalogue behind `clpconf explain` for menu and selections codes.
@Suite struct CodeCatalogueTests {
    @Test func codesAreUniqueWellFormedAndSorted() {
        let codes = CodeCatalogue.entries.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes == codes.sorted())
        for entry in CodeCatalogue.entries {
            #expect(entry.code.wholeMatch(of: /[MS][1-3][0-9][0-9]/) != nil, "\(entry.code)")
            #expect(!entry.summary.isEmpty && entry.summary.first?.isLowercase == true && entry.summary.last != ".", "\(entry.code)")
        }
    }

    /// Every built-in code these tests see the engine produce has an entry.
    @Test(arguments: [
        "M101", "M102", "M103", "M104", "M105", "M106", "M107", "M108", "M109", "M110", "M201", "M203", "M301", "M302",
        "M304", "M305", "M306", "M310", "M311", "S101", "S102", "S103", "S104", "S105", "S106", "S107", "S108", "S110",
        "S112", "S201", "S202", "S203", "S204",
    ])
    func producedCodeIsCatalogued(code: String) {
        #expect(CodeCatalogue.entries.contains { $0.code == code })
    }
}
