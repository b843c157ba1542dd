import Diagnostics
import Rulebook
import TestSupport
import Testing

/// The engine's catalogue: menu, selections and validation codes, each declared once.
@Suite struct RulebookCatalogueTests {
    @Test func codesAreDeclaredOnceWellFormedAndSorted() {
        CatalogueChecks.checkDeclarations(RulebookCatalogue.all, domains: [.menu, .selections, .validation])
    }

    /// Selections codes are `S1xx`, validation codes `S2xx`: one letter, two domains.
    @Test func selectionsAndValidationKeepTheirHundreds() {
        for entry in RulebookCatalogue.all where entry.code.hasPrefix("S") {
            let hundreds = entry.code.dropFirst().prefix(1)
            #expect(hundreds == (entry.domain == .selections ? "1" : "2"), "\(entry.code) in \(entry.domain)")
        }
    }

    /// The table reader's three problems come out in each loader's own codes, worded once, where they are found.
    @Test func tableProblemsUseTheSelectionsCodes() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = MiniEdition.selections
            .replacing("name = \"Anytown\"", with: "name = 7\ncolour = \"red\"")
            .replacing("date = 2026-10-10", with: "")
        let loaded = loadSelections(text, edition: edition)
        #expect(
            loaded.diagnostics.map { "\($0.code) \($0.severity.rawValue): \($0.message)" } == [
                "S105 error: 'name' in [clp] must be a string, found integer",
                "S102 error: unknown key 'colour' in [clp]",
                "S101 error: [agm] is missing the required key 'date'",
            ])
        #expect(
            loaded.diagnostics.map { $0.fixIts.map(\.summary) } == [
                ["write a string here"],
                ["remove 'colour', or check the spelling against 'clpconf menu show'"],
                ["add 'date = ...' to [agm]"],
            ])
    }

    @Test func tableProblemsUseTheMenuCodes() {
        let fixture = EditionFixture.oneSection(
            "[[constraint]]\nid = \"c\"\ncode = \"GOV01\"\nrequire = 1\nsevrity = \"error\"\n")
        let lines = fixture.load().diagnostics.map { "\($0.code) \($0.severity.rawValue)" }
        #expect(lines.contains("M101 error") && lines.contains("M110 error") && lines.contains("M103 warning"), "\(lines)")
    }
}
