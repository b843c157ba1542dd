import Diagnostics
import Rulebook
import TOML
import TestSupport
import Testing

/// The migrate engine on a synthetic chain of three editions: each kind of change, comments kept, and the
/// migrated file checked against the last edition.
@Suite struct EditionMigratorTests {
    static func editions() throws -> [Edition] {
        [try EditionTrio.c.loaded(), try EditionTrio.a.loaded(), try EditionTrio.b.loaded()]
    }

    static func migrate(_ text: String, to target: String = "c") throws -> MigrationResult {
        EditionMigrator.migrate(text: Array(text.utf8), fileName: "ours.toml", to: target, editions: try editions())
    }

    @Test func chainsEveryEditionBetween() throws {
        let result = try Self.migrate(EditionTrio.selections)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.message))")
        #expect(result.steps == ["a", "b", "c"])
        let lines = result.reported.map { "\($0.edition) \($0.kind.rawValue) \($0.from ?? "-") -> \($0.to ?? "-")" }
        #expect(
            lines == [
                "b renamed governance.gc -> governance.general_committee",
                "b renamed governance.old_name -> governance.new_name",
                "b retired governance.dropped -> -",
                "b renamed posts.coordinator -> posts.organiser",
                "b retired posts.helper -> -",
                "c renamed governance -> structure",
                "c merged governance.new_name -> structure.place",
                "c merged governance.venue -> structure.place",
                "c added - -> structure.quorum",
            ])
        let dropped = result.changes.first { $0.from == "governance.new_name" && $0.edition == "c" }
        #expect(dropped?.oldValue == "\"kept\"", "the first merged item present wins; the other's value is quoted")
        #expect(result.changes.first { $0.from == "posts.helper" }?.oldValue == "\"H. Elper\"")
    }

    @Test func migratedTextKeepsCommentsOnSurvivingKeys() throws {
        let result = try Self.migrate(EditionTrio.selections)
        let text = try #require(result.text)
        #expect(text.contains("edition = \"c\"  # the edition"))
        #expect(text.contains("[structure]  # how we run"))
        #expect(text.contains("option = \"general_committee\"  # the choice"))
        #expect(text.contains("meetings = 6  # six a year"))
        #expect(text.contains("place = \"the hall\"  # merged, and wins"))
        #expect(text.contains("quorum = 10  # to confirm at the AGM"))
        #expect(text.contains("post = \"organiser\"  # renamed post"))
        #expect(!text.contains("renamed twice") && !text.contains("retired") && !text.contains("H. Elper"))
        #expect(text.hasPrefix("# Our CLP.\n"))
        #expect(result.evaluation?.loadDiagnostics.map(\.message) == [])
        #expect(result.isValid, "\(result.evaluation?.diagnostics.map(\.message) ?? [])")
    }

    @Test func retiredOptionIsReplacedWhereTheMapSays() throws {
        let text = EditionTrio.selections.replacing("option = \"gc\"", with: "option = \"amm\"")
        let result = try Self.migrate(text)
        #expect(result.changes.contains { $0.kind == .replaced && $0.from == "governance.amm" && $0.to == "structure.general_committee" })
        #expect(result.text?.contains("option = \"general_committee\"  # the choice") == true)
    }

    /// A setting that became a fact moves to the end of `[facts]`'s own keys, before its `[[facts.x]]` tables.
    @Test func settingMovedIntoFactsLandsBeforeTheirSubTables() throws {
        var b = EditionTrio.b
        b.edition = b.edition
            .replacing("[migration]\n", with: "[[fact]]\nid = \"place\"\ntype = \"string\"\nrequired = false\n\n[migration]\n")
            .replacing(
                "[[migration.retire]]\nid = \"governance.dropped\"",
                with: """
                    [[migration.rename]]
                    from = "governance.venue"
                    to = "facts.place"
                    note = "Now a fact."
                    [[migration.retire]]
                    id = "governance.dropped"
                    """)
        b.sections[0] = b.sections[0].replacing("[[parameter]]\nid = \"venue\"", with: "[[parameter]]\nid = \"unused\"")
        let text = EditionTrio.selections.replacing(
            "members = 100\n", with: "members = 100\n\n[[facts.branch]]\nname = \"North\"\n")
        let result = EditionMigrator.migrate(
            text: Array(text.utf8), fileName: "ours.toml", to: "b", editions: [try EditionTrio.a.loaded(), try b.loaded()])
        let migrated = try #require(result.text, "\(result.problems.map(\.message))")
        #expect(migrated.contains("members = 100\nplace = \"the hall\"  # merged, and wins\n"), "\(migrated)")
        let root = TOMLParser.parse(migrated, path: "out.toml").document.root
        #expect(root["facts"]?.table?["place"]?.string == "the hall")
        #expect(root["facts"]?.table?["branch"]?.array?.first?.table?["place"] == nil)
        #expect(root["governance"]?.table?["venue"] == nil)
    }

    @Test func approvalForARenamedOptionNamesTheNewOption() throws {
        let text =
            EditionTrio.selections + """

                [[approvals]]
                approves = "governance.gc"  # the NEC said yes
                by = "nec"
                date = 2026-05-01
                """
        let result = try Self.migrate(text, to: "b")
        #expect(result.text?.contains("approves = \"governance.general_committee\"  # the NEC said yes") == true)
        #expect(result.changes.contains { $0.from == "approvals: governance.gc" && $0.kind == .renamed })
    }

    @Test func oneStepStopsAtTheEditionAskedFor() throws {
        let result = try Self.migrate(EditionTrio.selections, to: "b")
        #expect(result.steps == ["a", "b"])
        #expect(result.text?.contains("[governance]  # how we run") == true)
        #expect(result.text?.contains("new_name = \"kept\"  # renamed twice") == true)
    }

    @Test func noChainBackwardsOrToAnUnknownEdition() throws {
        let later = EditionTrio.selections.replacing("edition = \"a\"", with: "edition = \"c\"")
        for (text, target) in [(later, "a"), (EditionTrio.selections, "z")] {
            let result = try Self.migrate(text, to: target)
            #expect(result.text == nil)
            #expect(result.problems.map(\.code) == ["S121"])
            CatalogueChecks.checkDeclared(result.problems, in: everyCatalogue + MigrationCatalogue.all)
        }
    }

    @Test func eachWayTheChainBreaksIsSaid() throws {
        let (a, b, c) = (try EditionTrio.a.loaded(), try EditionTrio.b.loaded(), try EditionTrio.c.loaded())
        var circular = a
        circular.migration = Migration(from: "c", changes: [])
        let fromX = EditionTrio.selections.replacing("edition = \"a\"", with: "edition = \"x\"")
        let cases: [(text: String, target: String, editions: [Edition], reason: String)] = [
            (fromX, "c", [c, circular, b], "the editions' migration maps form a cycle"),
            (EditionTrio.selections, "c", [c, b], "edition 'a', which 'b' migrates from, is not found"),
            (fromX, "a", [c, a, b], "edition 'a' has no [migration] map, and supersedes nothing"),
            (EditionTrio.selections, "d", [c, a, b], "edition 'd' is not among the editions found"),
        ]
        for (text, target, editions, reason) in cases {
            let result = EditionMigrator.migrate(
                text: Array(text.utf8), fileName: "ours.toml", to: target, editions: editions)
            #expect(result.text == nil)
            #expect(result.problems.map(\.code) == ["S121"])
            #expect(result.problems.first?.message.contains(reason) == true, "\(result.problems.map(\.message))")
        }
        // The first edition with an id is the one followed: a later one of the same id is never reached.
        let result = EditionMigrator.migrate(
            text: Array(EditionTrio.selections.utf8), fileName: "ours.toml", to: "c", editions: [c, a, b, circular])
        #expect(result.problems.isEmpty, "\(result.problems.map(\.message))")
        #expect(result.steps == ["a", "b", "c"])
    }

    @Test func fileAlreadyAtTheTargetIsOnlyChecked() throws {
        let first = try #require(try Self.migrate(EditionTrio.selections).text)
        let again = try Self.migrate(first)
        #expect(again.text == first)
        #expect(again.changes.isEmpty)
        #expect(MigrationReport(again).text().contains("the file already follows edition c: nothing to carry"))
        let chained = MigrationReport(try Self.migrate(EditionTrio.selections)).text()
        #expect(chained.contains("  through a -> b -> c\n"))
        #expect(chained.contains("renamed  posts.coordinator -> posts.organiser (officer \"A. Organiser\"): "))
        #expect(chained.contains("added    structure.quorum = 10 (to confirm at the AGM): Every CLP now states its quorum."))
    }
}

/// Malformed and cut-off files: the migration never traps, and either migrates to readable TOML or says why.
@Suite struct EditionMigratorRobustnessTests {
    @Test func everyPrefixOfAFileMigratesOrIsRefusedWithADiagnostic() throws {
        let editions = try EditionMigratorTests.editions()
        let bytes = Array(EditionTrio.selections.utf8)
        for end in stride(from: 0, through: bytes.count, by: 3) {
            let result = EditionMigrator.migrate(
                text: Array(bytes[..<end]), fileName: "cut.toml", to: "c", editions: editions, searchesFixes: false)
            if let text = result.text {
                #expect(result.problems.isEmpty)
                #expect(TOMLParser.parse(text, path: "out.toml").isValid, "prefix \(end):\n\(text)")
            } else {
                #expect(!result.problems.isEmpty, "prefix \(end) neither migrated nor refused")
                #expect(result.problems.allSatisfy { $0.location != nil })
            }
        }
    }

    @Test func cutOffShippedFilesMigrateOrAreRefused() throws {
        let editions = [try #require(ShippedYear.editions["2012"]), try #require(ShippedYear.editions["2019"])]
        let bytes = Array(try ShippedYear.text("aldermoor-2015.toml").utf8)
        for end in stride(from: 0, through: bytes.count, by: 61) {
            let result = EditionMigrator.migrate(
                text: Array(bytes[..<end]), fileName: "cut.toml", to: "2019", editions: editions, searchesFixes: false)
            let readable = result.text.map { TOMLParser.parse($0, path: "out.toml").isValid }
            #expect(readable == true || (readable == nil && !result.problems.isEmpty), "prefix \(end)")
        }
    }
}
