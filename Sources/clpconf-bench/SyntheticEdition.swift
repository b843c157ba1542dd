import BenchCorpus

/// Generates a seeded synthetic menu edition of realistic shape and size (e.g. 2,000 options), with a
/// valid selections file for it, so edition loading, checking and fix search can be measured at scale.
struct SyntheticEdition {
    let options: Int
    let seed: UInt64
    /// Options per section.
    let perSection = 20

    var sectionCount: Int { max(1, (options + perSection - 1) / perSection) }

    /// `(relative path, text)` for every file of the edition folder, plus `selections.toml` for checking.
    func files() -> [(String, String)] {
        var generator = SeededGenerator(seed: seed)
        var files: [(String, String)] = [("edition.toml", editionFile())]
        for index in 0..<sectionCount {
            files.append(("sections/\(pad(index))_s\(index).toml", sectionFile(index, &generator)))
        }
        files.append(("example.toml", selections(meetings: 10)))
        files.append(("invalid.toml", selections(meetings: 3)))
        return files
    }

    private func pad(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    private func editionFile() -> String {
        var text = """
            schema_version = 1
            id = "synthetic"
            title = "Synthetic edition with \(options) options"
            published = 2026-01-01
            rule_book = "Synthetic Rule Book"
            valid_years = [2020, 2030]
            sections = [\((0..<sectionCount).map { "\"s\($0)\"" }.joined(separator: ", "))]

            [[fact]]
            id = "members"
            title = "Members"
            type = "integer"
            range = [0, 100000]

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

            [[post]]
            id = "chair"
            title = "Chair"

            [[post]]
            id = "secretary"
            title = "Secretary"

            [[approval]]
            id = "nec"
            title = "NEC"

            [[derived]]
            id = "total_branch_members"
            type = "integer"
            value = "sum(facts.branch.members)"

            """
        text += "\n"
        return text
    }

    private func sectionFile(_ index: Int, _ generator: inout SeededGenerator) -> String {
        var text = """
            id = "s\(index)"
            title = "Section \(index)"
            intro = "A synthetic section with **\(perSection)** options."
            choose = "one"
            default = "o\(index)_0"
            cite = "Synthetic Rule Book, Chapter \(index % 20 + 1)"

            [[parameter]]
            id = "meetings"
            title = "Meetings a year"
            type = "integer"
            range = [1, 12]
            default = 10

            [[parameter]]
            id = "notice_days"
            title = "Notice days"
            type = "integer"
            range = [1, 60]
            default = 14
            applies = 's\(index).option != "o\(index)_1"'

            """
        text += options(index, &generator)
        text += """

            [[constraint]]
            id = "enough_meetings"
            code = "SY\(pad(index % 1000).suffix(3))"
            when = 's\(index).option != "o\(index)_\(perSection - 1)"'
            require = "s\(index).meetings >= 4 and s\(index).notice_days >= 7"
            severity = "error"
            message = "section \(index) needs at least 4 meetings, not {{s\(index).meetings}}"
            cite = "Synthetic Rule Book, Chapter \(index % 20 + 1), Clause \(index)"
            fix = "set s\(index).meetings to 4 or more"
            pass = ["[s\(index)]\\nmeetings = 6"]
            fail = ["[s\(index)]\\nmeetings = 2"]

            [[derived]]
            id = "d\(index)"
            type = "integer"
            value = "s\(index).meetings * 2 + total_branch_members / 10"

            [[clause]]
            id = "meetings"
            title = "Meetings"
            text = "Section \(index) meets {{s\(index).meetings}} times a year, with {{s\(index).notice_days}} days' notice.{{#when d\(index) > 20}} It is busy.{{/when}}"

            """
        return text
    }

    private func options(_ index: Int, _ generator: inout SeededGenerator) -> String {
        var text = ""
        for option in 0..<perSection {
            let other = (index + 1) % sectionCount
            text += """

                [[option]]
                id = "o\(index)_\(option)"
                title = "Option \(option) of section \(index)"
                summary = "One way of doing section \(index), number \(option)"
                advice = "Works well when members \(Int.random(in: 10...500, using: &generator)) or more turn up."
                requires = "facts.members >= \(option * 5) or s\(other).meetings >= 1"

                """
        }
        return text
    }

    private func selections(meetings: Int) -> String {
        var text = """
            edition = "synthetic"
            year = 2026
            [clp]
            name = "Synthetic CLP"
            [agm]
            date = 2026-10-10
            [facts]
            members = 800
            [[facts.branch]]
            name = "A"
            members = 300
            [[facts.branch]]
            name = "B"
            members = 500

            """
        for index in 0..<sectionCount {
            text +=
                "[s\(index)]\noption = \"o\(index)_\(index % perSection)\"\nmeetings = \(index == 0 ? meetings : 10)\n"
        }
        return text + "[[officers]]\npost = \"chair\"\nname = \"A\"\nwoman = true\n"
    }
}
