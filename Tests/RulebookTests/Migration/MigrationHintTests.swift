import Diagnostics
import Rulebook
import TestSupport
import Testing

/// A 2012 file relabelled `edition = "2019"`: unknown-key diagnostics say where a renamed or merged item
/// went (or that it was retired) and point to `migrate`, instead of only "remove it".
@Suite struct MigrationHintTests {
    static func diagnostics() throws -> [Diagnostic] {
        let year = try ShippedYear.example(
            "aldermoor-2015.toml",
            replacing: [
                ("edition = \"2012\"", "edition = \"2019\""),
                ("post = \"tulo\"", "post = \"ethnic_minorities_officer\""),
            ])
        CatalogueChecks.checkDeclared(year.loadDiagnostics, in: everyCatalogue + MigrationCatalogue.all)
        return year.loadDiagnostics
    }

    @Test(arguments: [
        ("meetings.meeting_day", "meetings.meeting_pattern"),
        ("development_plan", "planning"),
        ("posts.ethnic_minorities_officer", "posts.bame_officer"),
        ("policy.policy_meetings_per_year", "meetings.policy_meetings_per_year"),
    ])
    func renamedItemNamesItsNewName(old: String, new: String) throws {
        let hint = try #require(try Self.diagnostics().first { $0.message.hasPrefix("'\(old)' is the name") })
        #expect(hint.code == "S102")
        #expect(hint.message == "'\(old)' is the name in edition '2012'; in edition '2019' it is now '\(new)'")
        #expect(hint.fixIts.map(\.summary) == ["write '\(new)' instead"])
        #expect(hint.notes.last?.message.contains("clpconf migrate examples/aldermoor-2015.toml --to 2019") == true)
    }

    @Test func retiredItemSaysSoWithTheMapsNote() throws {
        let hint = try #require(try Self.diagnostics().first { $0.message.contains("lcf_clp_delegates") })
        #expect(hint.message == "'local_government.lcf_clp_delegates' is an item of edition '2012' that edition '2019' retired")
        #expect(hint.notes.first?.message.contains("lgc_delegates_per_ward") == true)
    }

    @Test func keyNoMapNamesIsStillAPlainUnknownKey() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: [("[meetings]", "[meetings]\nmeeting_colour = \"red\"")])
        let unknown = try #require(year.loadDiagnostics.first { $0.message.contains("meeting_colour") })
        #expect(unknown.message.hasPrefix("unknown key 'meeting_colour' in [meetings]"))
    }
}
