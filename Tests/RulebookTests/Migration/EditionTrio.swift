import Rulebook

/// Three small editions, each superseding the one before through its `[migration]` map, to test chains of
/// migrations without the shipped menus: `a` → `b` (renames a setting, an option and a post, retires a
/// setting and a post) → `c` (renames the section, merges two settings, replaces a retired option, adds a
/// required setting).
enum EditionTrio {
    static func header(_ id: String, supersedes: String?, section: String, posts: [String], migration: String) -> String {
        """
        id = "\(id)"
        title = "Edition \(id)"
        rule_book = "Rule Book \(id)"
        \(supersedes.map { "supersedes = \"\($0)\"" } ?? "")
        sections = ["\(section)"]

        [[fact]]
        id = "members"
        type = "integer"
        range = [0, 20000]

        \(posts.map { "[[post]]\nid = \"\($0)\"\n" }.joined(separator: "\n"))
        \(migration)
        """
    }

    static func section(_ id: String, options: [String], parameters: [(String, String)]) -> String {
        """
        id = "\(id)"
        title = "Governance"
        choose = "one"

        \(options.map { "[[option]]\nid = \"\($0)\"\ntitle = \"\($0)\"\nsummary = \"s\"\nadvice = \"a\"\n" }.joined(separator: "\n"))
        \(parameters.map { "[[parameter]]\nid = \"\($0.0)\"\ntitle = \"\($0.0)\"\n\($0.1)\n" }.joined(separator: "\n"))
        """
    }

    static let a = EditionFixture(
        folder: "a",
        edition: header("a", supersedes: nil, section: "governance", posts: ["chair", "coordinator", "helper"], migration: ""),
        sections: [
            section(
                "governance", options: ["gc", "amm"],
                parameters: [
                    ("meetings", "type = \"integer\"\ndefault = 8"), ("old_name", "type = \"string\"\ndefault = \"x\""),
                    ("dropped", "type = \"integer\"\ndefault = 1"), ("venue", "type = \"string\"\ndefault = \"hall\""),
                ])
        ])

    static let b = EditionFixture(
        folder: "b",
        edition: header(
            "b", supersedes: "a", section: "governance", posts: ["chair", "organiser"],
            migration: """
                [migration]
                from = "a"
                note = "Edition b renames things."
                [[migration.rename]]
                from = "governance.old_name"
                to = "governance.new_name"
                note = "Same setting, new name."
                [[migration.rename]]
                from = "governance.gc"
                to = "governance.general_committee"
                note = "Same option, full name."
                [[migration.rename]]
                from = "posts.coordinator"
                to = "posts.organiser"
                note = "Co-ordinators are organisers now."
                [[migration.retire]]
                id = "governance.dropped"
                note = "Nobody used it."
                [[migration.retire]]
                id = "posts.helper"
                note = "Helpers are not officers."
                """),
        sections: [
            section(
                "governance", options: ["general_committee", "amm"],
                parameters: [
                    ("meetings", "type = \"integer\"\ndefault = 8"), ("new_name", "type = \"string\"\ndefault = \"x\""),
                    ("venue", "type = \"string\"\ndefault = \"hall\""),
                ])
        ])

    static let c = EditionFixture(
        folder: "c",
        edition: header(
            "c", supersedes: "b", section: "structure", posts: ["chair", "organiser"],
            migration: """
                [migration]
                from = "b"
                [[migration.rename]]
                from = "governance"
                to = "structure"
                note = "The section is called structure now."
                [[migration.merge]]
                from = ["governance.venue", "governance.new_name"]
                to = "structure.place"
                note = "One setting for where meetings are held."
                [[migration.retire]]
                id = "governance.amm"
                replacement = "structure.general_committee"
                replace = true
                note = "All-member meetings became general committees."
                [[migration.add]]
                id = "structure.quorum"
                value = 10
                note = "Every CLP now states its quorum."
                """),
        sections: [
            section(
                "structure", options: ["general_committee"],
                parameters: [
                    ("meetings", "type = \"integer\"\ndefault = 8"), ("place", "type = \"string\""), ("quorum", "type = \"integer\""),
                ])
        ])

    /// A year under edition `a`, with comments on every key.
    static let selections = """
        # Our CLP.
        edition = "a"  # the edition
        year = 2026

        [clp]
        name = "Anytown"

        [agm]
        date = 2026-10-10

        [facts]
        members = 100

        [governance]  # how we run
        option = "gc"  # the choice
        meetings = 6  # six a year
        old_name = "kept"  # renamed twice
        dropped = 3  # retired
        venue = "the hall"  # merged, and wins

        [[officers]]
        post = "coordinator"  # renamed post
        name = "A. Organiser"
        woman = true

        [[officers]]
        post = "helper"
        name = "H. Elper"
        woman = false
        """
}
