import Diagnostics
import Rulebook
import Testing

/// The selections loader keeps the first 100 problems of one code in a file and counts the rest in one
/// S113 note, so a hostile file costs little time and memory; the file stays invalid.
@Suite struct SelectionsLoaderBoundsTests {
    @Test func manyUnknownKeysAreCountedNotKept() throws {
        let edition = try MiniEdition.fixture.loaded()
        let keys = (0..<1000).map { "unknown_\($0) = 1\n" }.joined()
        let top = loadSelections(keys + MiniEdition.selections, edition: edition)
        #expect(top.diagnostics.filter { $0.code == "S102" }.count == 100)
        let notes = top.diagnostics.filter { $0.code == "S113" }
        #expect(notes.map(\.message) == ["and 900 more like this ('S102') in this file are not listed"])
        #expect(notes.first?.severity == .note)
        let firstHundred = (0..<100).map { "unknown_\($0) = 1\n" }.joined()
        #expect(notes.first?.location?.range.lowerBound == firstHundred.utf8.count, "at the first key not listed")
        #expect(top.diagnostics.hasErrors)
        let inSection = loadSelections(
            SelectionsLoaderTests.edit("meetings_per_year = 10", "meetings_per_year = 10\n" + keys), edition: edition)
        #expect(inSection.diagnostics.filter { $0.code == "S102" }.count == 100)
        #expect(
            inSection.diagnostics.filter { $0.code == "S113" }.map(\.message) == [
                "and 900 more like this ('S102') in this file are not listed"
            ])
    }

    @Test func manyBadBranchesAreCountedAndKept() throws {
        let edition = try MiniEdition.fixture.loaded()
        let branches = (0..<500).map { "[[facts.branch]]\nname = \"B\($0)\"\nmembers = -1\n" }.joined()
        let loaded = loadSelections(
            SelectionsLoaderTests.edit("[[facts.branch]]\nname = \"North\"\nmembers = 140\n", branches), edition: edition)
        #expect(loaded.diagnostics.filter { $0.code == "S103" }.count == 100)
        #expect(
            loaded.diagnostics.filter { $0.code == "S113" }.map(\.message) == [
                "and 400 more like this ('S103') in this file are not listed"
            ])
        guard case .list(let records)? = loaded.selections?.facts["branch"]?.value else {
            Issue.record("no branches")
            return
        }
        #expect(records.count == 500)
    }
}
