import Rulebook
import Testing

/// The edition diff on two small editions written for it: what it pairs, how it words each change, and
/// that menu text reaches Markdown and HTML escaped.
@Suite struct EditionDiffTests {
    static func edition(_ id: String, migration: String = "") -> String {
        """
        id = "\(id)"
        title = "Edition \(id)"
        rule_book = "Rule Book \(id)"
        sections = ["meetings"]

        [[fact]]
        id = "members"
        title = "Members"
        type = "integer"
        range = [0, 20000]

        [[post]]
        id = "chair"
        title = "Chair"

        \(migration)
        """
    }

    /// The older edition: meetings chosen one way, two settings, two rules.
    static let oldMeetings = """
        id = "meetings"
        title = "Meetings"
        choose = "one"

        [[option]]
        id = "in_person"
        title = "In person"
        summary = "Everyone in the room"
        advice = "Easy."

        [[option]]
        id = "ethnic_minorities_forum"
        title = "Ethnic minorities forum"
        summary = "A forum"
        advice = "Meets twice."

        [[option]]
        id = "telephone"
        title = "By telephone"
        summary = "On the phone"
        advice = "Hard."

        [[parameter]]
        id = "per_year"
        title = "Meetings a year"
        type = "integer"
        range = [4, 12]
        default = 8

        [[parameter]]
        id = "notice_days"
        title = "Days of notice"
        type = "integer"
        range = [7, 14]
        default = 7

        [[parameter]]
        id = "by_email"
        title = "Notices by email"
        type = "boolean"
        default = true

        [[constraint]]
        id = "enough"
        code = "MTG01"
        severity = "error"
        require = "meetings.per_year >= 6"
        message = "members must be offered at least 6 meetings a year, not {{meetings.per_year}}"

        [[constraint]]
        id = "short_notice"
        code = "MTG02"
        severity = "warning"
        require = "meetings.notice_days <= 14"
        message = "notice is long"

        """

    /// The newer edition: one option renamed by the map, one gone without an entry, one setting retired,
    /// a range narrowed and one widened, a default changed, one rule tightened, one loosened, one added.
    static func newMeetings(extraOption: String = "") -> String {
        """
        id = "meetings"
        title = "Meetings"
        choose = "one"

        [[option]]
        id = "in_person"
        title = "In person"
        summary = "Everyone in the room"
        advice = "Easy."
        approvals = ["nec"]

        [[option]]
        id = "bame_forum"
        title = "BAME forum"
        summary = "A forum"
        advice = "Meets twice."

        [[option]]
        id = "online"
        title = "Online"
        summary = "On a video call"
        advice = "Needs a secure ballot."
        \(extraOption)

        [[parameter]]
        id = "per_year"
        title = "Meetings a year"
        type = "integer"
        range = [6, 12]
        default = 10

        [[parameter]]
        id = "notice_days"
        title = "Days of notice"
        type = "integer"
        range = [0, 30]
        default = 7

        [[constraint]]
        id = "enough"
        code = "MTG01"
        severity = "error"
        require = "meetings.per_year >= 8"
        message = "members must be offered at least 8 meetings a year, not {{meetings.per_year}}"

        [[constraint]]
        id = "short_notice"
        code = "MTG02"
        severity = "warning"
        require = "meetings.notice_days <= 21"
        message = "notice is long"

        [[constraint]]
        id = "online_secure"
        code = "MTG03"
        severity = "warning"
        when = 'meetings.option == "online"'
        require = "meetings.notice_days >= 2"
        message = "online meetings need two days' notice"

        """
    }

    static let map = """
        [[approval]]
        id = "nec"
        title = "National Executive Committee"

        [migration]
        from = "a"
        [[migration.rename]]
        from = "meetings.ethnic_minorities_forum"
        to = "meetings.bame_forum"
        note = "Same forum, the name the Party now uses."
        [[migration.retire]]
        id = "meetings.by_email"
        note = "Documents now go out on the Party's platform."
        """

    static func editions(extraOption: String = "") throws -> (Edition, Edition) {
        let old = try EditionFixture(folder: "a", edition: edition("a"), sections: [oldMeetings], example: nil).loaded()
        let new = try EditionFixture(
            folder: "b", edition: edition("b", migration: map), sections: [newMeetings(extraOption: extraOption)],
            example: nil
        ).loaded()
        return (old, new)
    }

    static func change(_ diff: EditionDiff, old: String? = nil, new: String? = nil) throws -> EditionChange {
        try #require(diff.changes.first { (old == nil || $0.oldID == old) && (new == nil || $0.newID == new) })
    }

    @Test func pairsItemsByIDAndByTheMigrationMap() throws {
        let (old, new) = try Self.editions()
        let diff = EditionDiff.between(old, new)
        #expect(diff.followsMap)
        let renamed = try Self.change(diff, old: "meetings.ethnic_minorities_forum")
        #expect(renamed.kind == .renamed)
        #expect(renamed.newID == "meetings.bame_forum")
        #expect(renamed.note == "Same forum, the name the Party now uses.")
        #expect(renamed.oldSpan != nil && renamed.newSpan != nil)
        let retired = try Self.change(diff, old: "meetings.by_email")
        #expect(retired.kind == .retired)
        #expect(retired.note == "Documents now go out on the Party's platform.")
        let unmapped = try Self.change(diff, old: "meetings.telephone")
        #expect(unmapped.kind == .removed)
        #expect(unmapped.note == nil)
        let added = try Self.change(diff, new: "meetings.online")
        #expect(added.kind == .added)
        #expect(added.oldSpan == nil && added.newSpan != nil)
        let rule = try Self.change(diff, new: "meetings.online_secure")
        #expect(rule.kind == .added && rule.item == .rule)
        // Unchanged items are not listed.
        #expect(!diff.changes.contains { $0.newID == "facts.members" || $0.newID == "posts.chair" })
    }

    @Test func rangesAndDefaultsTightenAndLoosen() throws {
        let (old, new) = try Self.editions()
        let diff = EditionDiff.between(old, new)
        let perYear = try Self.change(diff, new: "meetings.per_year")
        #expect(perYear.kind == .changed)
        #expect(perYear.details.contains("what it can be is now 6 to 12 (was 4 to 12)"))
        #expect(perYear.details.contains("the default is now 10 (was 8)"))
        // The default has no direction, so the whole is undecided, though the range tightened.
        #expect(perYear.direction == nil)
        let notice = try Self.change(diff, new: "meetings.notice_days")
        #expect(notice.details == ["what it can be is now 0 to 30 (was 7 to 14)"])
        #expect(notice.direction == .loosened)
    }

    @Test func rulesTightenAndLoosenByTheirFigure() throws {
        let (old, new) = try Self.editions()
        let diff = EditionDiff.between(old, new)
        let enough = try Self.change(diff, new: "meetings.enough")
        #expect(enough.kind == .changed)
        #expect(enough.direction == .tightened)
        #expect(enough.oldFigure == 6 && enough.newFigure == 8)
        #expect(enough.newTitle == "members must be offered at least 8 meetings a year")
        let notice = try Self.change(diff, new: "meetings.short_notice")
        #expect(notice.direction == .loosened)
        #expect(notice.oldFigure == 14 && notice.newFigure == 21)
        let text = DocumentFormat.txt.render(diff.document())
        #expect(text.contains("Tightened rule: members must be offered at least 8 meetings a year (was 6)"))
        #expect(text.contains("Loosened rule: notice is long (its figure is now 21, was 14)"))
    }

    @Test func approvalsAddedToAnOptionAreShown() throws {
        let (old, new) = try Self.editions()
        let option = try Self.change(EditionDiff.between(old, new), new: "meetings.in_person")
        #expect(option.details == ["it now needs approval from the National Executive Committee"])
        #expect(option.direction == .tightened)
    }

    @Test func theSummaryCountsEveryKind() throws {
        let (old, new) = try Self.editions()
        let diff = EditionDiff.between(old, new)
        #expect(diff.count(.renamed) == 1)
        #expect(diff.count(.retired) == 1)
        #expect(diff.count(.removed) == 1)
        #expect(diff.count(.added) == 2)
        #expect(diff.count(.changed) == 5)
        let text = DocumentFormat.txt.render(diff.document())
        #expect(text.contains("- Removed: 2 (1 retired by the migration map, 1 with no migration entry)"))
        #expect(text.contains("- Changed: 5 (2 tightened, 2 loosened)"))
        #expect(text.contains("Removed option (no migration entry): By telephone"))
    }

    @Test func anEditionComparedWithItselfHasNoChanges() throws {
        let (old, _) = try Self.editions()
        let diff = EditionDiff.between(old, old)
        #expect(diff.changes.isEmpty)
        #expect(DocumentFormat.md.render(diff.document()).contains("Nothing changed between the two editions."))
    }

    @Test func aMapFromAnotherEditionIsNotFollowed() throws {
        let (_, new) = try Self.editions()
        let other = try EditionFixture(folder: "c", edition: Self.edition("c"), sections: [Self.oldMeetings], example: nil)
            .loaded()
        let diff = EditionDiff.between(other, new)
        #expect(!diff.followsMap)
        #expect(diff.mapFrom == "a")
        #expect(try Self.change(diff, old: "meetings.ethnic_minorities_forum").kind == .removed)
        #expect(DocumentFormat.txt.render(diff.document()).contains("migration map is written from edition a, not c"))
    }

    @Test func menuTextIsEscapedInMarkdownAndHTML() throws {
        let hostile = """
            [[option]]
            id = "hostile"
            title = "<script>alert(1)</script> [x](javascript:alert(1))"
            summary = "s"
            advice = "a"
            """
        let (old, new) = try Self.editions(extraOption: hostile)
        let document = EditionDiff.between(old, new).document()
        let html = DocumentFormat.html.render(document)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("href=\"javascript"))
        let markdown = DocumentFormat.md.render(document)
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("[x](javascript:"))
    }
}
