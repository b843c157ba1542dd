import Diagnostics
import Rulebook
import TestSupport
import Testing

/// `menu lint` of a migration map: each of an item missing, a target missing and an item mapped twice.
@Suite struct MigrationLinterTests {
    static func lint(_ replacing: (String, String)) throws -> [Diagnostic] {
        var newer = EditionTrio.b
        #expect(newer.edition.contains(replacing.0))
        newer.edition = newer.edition.replacing(replacing.0, with: replacing.1)
        let diagnostics = MigrationLinter(edition: try newer.loaded(), older: try EditionTrio.a.loaded()).lint()
        CatalogueChecks.checkDeclared(diagnostics, in: MigrationCatalogue.all)
        return diagnostics
    }

    @Test func completeMapsLintClean() throws {
        for fixture in [EditionTrio.b, EditionTrio.c] {
            let older = fixture.folder == "b" ? EditionTrio.a : EditionTrio.b
            let diagnostics = MigrationLinter(edition: try fixture.loaded(), older: try older.loaded()).lint()
            #expect(diagnostics.isEmpty, "\(fixture.folder): \(diagnostics.map(\.message))")
        }
    }

    @Test func itemMissingFromTheMapIsNamedAtItsFrom() throws {
        let diagnostics = try Self.lint(("id = \"posts.helper\"", "id = \"governance.dropped_too\""))
        let missing = diagnostics.filter { $0.code == "M402" }
        #expect(
            missing.map(\.message) == [
                "the post 'posts.helper' of edition 'a' is not in this edition, and the [migration] map does not say where it went"
            ])
        let edition = EditionTrio.b.edition
        let from = try #require(edition.firstRange(of: "from = \"a\""))
        #expect(missing.first?.location?.range.lowerBound == edition.utf8.distance(from: edition.startIndex, to: from.lowerBound) + 7)
        #expect(missing.first?.fixIts.first?.summary.contains("[[migration.retire]] id = \"posts.helper\"") == true)
        #expect(diagnostics.contains { $0.code == "M403" && $0.message.contains("'from' names 'governance.dropped_too'") })
    }

    @Test func targetMissingFromTheNewerEditionIsNamedAtItsEntry() throws {
        let diagnostics = try Self.lint(("to = \"governance.new_name\"", "to = \"governance.new_nam\""))
        #expect(diagnostics.map(\.code) == ["M403"])
        #expect(diagnostics.first?.message.contains("did you mean 'governance.new_name'?") == true, "\(diagnostics.map(\.message))")
    }

    @Test func itemMappedTwiceNamesTheFirst() throws {
        let diagnostics = try Self.lint(("id = \"posts.helper\"", "id = \"governance.dropped\""))
        let twice = diagnostics.filter { $0.code == "M404" }
        #expect(twice.map(\.message) == ["the [migration] map names 'governance.dropped' twice"])
        #expect(twice.first?.notes.first?.location != nil)
        #expect(diagnostics.contains { $0.code == "M402" && $0.message.contains("posts.helper") })
    }

    @Test func malformedEntriesAreLocatedLoadErrors() {
        var newer = EditionTrio.c
        newer.edition = newer.edition
            .replacing("from = [\"governance.venue\", \"governance.new_name\"]", with: "from = [\"governance.venue\"]")
            .replacing("replacement = \"structure.general_committee\"\n", with: "")
            .replacing("from = \"governance\"\n", with: "from = \"Governance/..\"\n")
        let codes = newer.load().diagnostics.filter { $0.code == "M401" }.map(\.message)
        #expect(codes.count == 3, "\(codes)")
        #expect(codes.contains("'from' is 'Governance/..', which is not an item id"))
    }
}
