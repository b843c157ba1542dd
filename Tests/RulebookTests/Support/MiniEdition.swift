/// A small but complete edition used across the tests: three sections (choose one, choose any, choose
/// none), facts of every kind, posts, a vote, an approval, a derived value, a clause, two constraints with
/// examples, and a migration table. It loads and lints clean, and `selections` is valid against it.
enum MiniEdition {
    static let governanceIndex = 0
    static let forumsIndex = 1
    static let standingOrdersIndex = 2

    static var fixture: EditionFixture {
        EditionFixture(edition: edition, sections: [governance, forums, standingOrders], example: selections)
    }

    static let edition = """
        id = "t"
        title = "Test edition"
        published = 2019-11-01
        supersedes = "s"
        rule_book = "Rule Book T"
        valid_years = [2020, 2030]
        intro = "The **test** edition."
        sections = ["governance", "forums", "standing_orders"]

        [[fact]]
        id = "members"
        title = "Individual members"
        type = "integer"
        range = [0, 20000]
        cite = "Rule Book T, Chapter 1"

        [[fact]]
        id = "labour_mp"
        title = "The constituency has a Labour MP"
        type = "boolean"

        [[fact]]
        id = "wards"
        title = "Council wards"
        type = "integer"
        range = [1, 60]
        required = false
        default = 4

        [[fact]]
        id = "branch"
        title = "Branches"
        type = "list"
        [[fact.field]]
        id = "name"
        type = "string"
        [[fact.field]]
        id = "members"
        type = "integer"
        range = [0, 20000]

        [[post]]
        id = "chair"
        title = "Chair"

        [[post]]
        id = "secretary"
        title = "Secretary"

        [[vote]]
        id = "structure_change"
        title = "Change of structure"

        [[approval]]
        id = "nec"
        title = "National Executive Committee"

        [[matter]]
        id = "structure_change"
        title = "a change of structure"

        [[constraint]]
        id = "has_chair"
        code = "GEN01"
        severity = "warning"
        require = 'any(officers where post == "chair")'
        message = "the CLP should elect a chair"
        cite = "Rule Book T, Chapter 7, Clause II"
        fix = "add an [[officers]] entry with post = \\"chair\\""
        because = "no one is recorded as chair"
        pass = ['''
        [[officers]]
        post = "chair"
        name = "C. Other"
        woman = false
        ''']
        fail = ['''
        [[officers]]
        post = "secretary"
        name = "B. Jones"
        woman = false
        ''']

        [migration]
        from = "s"
        [[migration.rename]]
        from = "forums.ethnic_minorities_forum"
        to = "forums.bame_forum"
        note = "the forum was renamed in this edition"
        [[migration.retire]]
        id = "forums.cross_clp_forum"
        note = "use a joint policy forum instead"

        """

    static let governance = """
        id = "governance"
        title = "How the CLP is governed"
        intro = "Choose how members take decisions."
        choose = "one"
        default = "delegate_gc"
        cite = "Rule Book T, Chapter 7"

        [[option]]
        id = "delegate_gc"
        title = "Delegate General Committee"
        summary = "Branches send delegates to a General Committee"
        advice = "Suits large CLPs with many branches."

        [[option]]
        id = "all_member_meetings"
        title = "All-member meetings"
        summary = "Every member may attend and vote"
        advice = "Suits smaller CLPs."
        requires = "facts.members <= 2000"

        [[parameter]]
        id = "meetings_per_year"
        title = "General meetings a year"
        type = "integer"
        range = [1, 12]
        default = 10
        unit = "meetings"
        advice = "Eight is the minimum."

        [[parameter]]
        id = "delegate_ratio"
        title = "Members per branch delegate"
        type = "integer"
        range = [5, 50]
        default = 15
        applies = 'governance.option == "delegate_gc"'

        [[constraint]]
        id = "enough_meetings"
        code = "GOV02"
        require = "governance.meetings_per_year >= 8"
        message = "members must be offered at least 8 general meetings a year, not {{governance.meetings_per_year}}"
        cite = "Rule Book T, Chapter 7, Clause VIII.3"
        fix = "set governance.meetings_per_year to 8 or more"
        because = "{{governance.meetings_per_year}} general meetings a year are planned, and the rule needs at least 8"
        pass = ['''
        [governance]
        meetings_per_year = 9
        ''']
        fail = ['''
        [governance]
        meetings_per_year = 6
        ''']

        """

    static let forums = """
        id = "forums"
        title = "Forums"
        choose = "any"
        cite = "Rule Book T, Chapter 8"

        [[option]]
        id = "womens_forum"
        title = "Women's forum"
        summary = "A forum for women members"
        advice = "Meets at least twice a year."

        [[option]]
        id = "bame_forum"
        title = "BAME forum"
        summary = "A forum for BAME members"
        advice = "Open to all BAME members."

        [[option]]
        id = "youth_forum"
        title = "Youth forum"
        summary = "A forum for young members"
        advice = "Needs NEC approval."
        approvals = ["nec"]
        excludes = "facts.members < 100"

        """

    static let standingOrders = """
        id = "standing_orders"
        title = "Standing orders"
        choose = "none"
        cite = "Rule Book T, Chapter 9"

        [[parameter]]
        id = "quorum_percent"
        title = "Quorum (per cent of members)"
        type = "integer"
        range = [1, 100]
        default = 10

        [[derived]]
        id = "quorum"
        title = "Quorum"
        type = "integer"
        value = "max(5, ceil_div(facts.members * standing_orders.quorum_percent, 100))"

        [[clause]]
        id = "quorum"
        title = "Quorum"
        text = "The quorum is {{quorum}} members."

        """

    /// A complete, valid selections file for the edition.
    static let selections = """
        edition = "t"
        year = 2026

        [clp]
        name = "Anytown"

        [agm]
        date = 2026-10-10

        [facts]
        members = 812
        labour_mp = false

        [[facts.branch]]
        name = "North"
        members = 140

        [governance]
        option = "delegate_gc"
        meetings_per_year = 10

        [forums]
        options = ["womens_forum"]

        [[officers]]
        post = "chair"
        name = "A. Patel"
        woman = true

        """
}
