import BenchCorpus

/// Writes a seeded TOML file of realistic shape: menu editions (sections with arrays of options, parameters
/// and constraints, with Markdown advice in multi-line strings) followed by many CLPs' selections (facts,
/// officers, votes and approvals as inline tables, AGM dates and timestamps), with comments throughout.
struct TOMLCorpusGenerator {
    private var random: SeededGenerator
    private var out: [UInt8] = []
    private var serial = 0

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// At least `bytes` bytes of valid TOML (whole records are written, so a little more).
    mutating func generate(bytes: Int) -> [UInt8] {
        out.reserveCapacity(bytes + 4096)
        line("# clpconf benchmark corpus: synthetic menus and selections")
        line("schema_version = 1")
        line("generated = 2026-01-05T09:30:00Z")
        line("")
        while out.count < bytes {
            if pick(4) == 0 { section() } else { selection() }
        }
        return out
    }

    private static let words = [
        "branch", "meeting", "member", "officer", "quorum", "delegate", "ward", "forum", "secretary", "chair",
        "treasurer", "women's", "youth", "affiliate", "trade union", "socialist society", "motion", "ballot",
        "notice", "minutes", "agenda", "executive", "committee", "constituency", "regional", "annual", "général",
        "Ynys Môn", "Caerdydd", "Rhondda", "Anytown", "Northgate", "Southfield", "Eastbrook", "Westmoor",
    ]
    private static let expressions = [
        "facts.members >= 50 and not facts.labour_mp", "count(facts.branch) > 2",
        "governance.option == \\\"all_member\\\"",
        "ceil_div(facts.members, 10) <= delegates", "agm.date >= 2026-01-01",
        "forums.options contains \\\"bame_forum\\\"",
    ]

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

    private mutating func words(_ count: Int) -> String {
        (0..<count).map { _ in Self.words[pick(Self.words.count)] }.joined(separator: " ")
    }

    private mutating func line(_ text: String) {
        out.append(contentsOf: text.utf8)
        out.append(UInt8(ascii: "\n"))
    }

    private mutating func nextID(_ prefix: String) -> String {
        serial += 1
        return "\(prefix)_\(serial)"
    }

    private mutating func date() -> String {
        "20\(10 + pick(17))-\(pad(1 + pick(12)))-\(pad(1 + pick(28)))"
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private mutating func section() {
        let id = nextID("section")
        line("")
        line("# ---- \(words(3)) ----")
        line("[[section]]")
        line("id = \"\(id)\"")
        line("title = \"\(words(4).capitalizedFirst)\"")
        line("intro = \"\"\"")
        for _ in 0..<(2 + pick(4)) { line("\(words(10)). See **\(words(2))** and \"\(words(1))\".") }
        line("\"\"\"")
        line("choose = \"\(["one", "any", "none"][pick(3)])\"")
        for _ in 0..<(2 + pick(5)) { option() }
        for _ in 0..<(1 + pick(3)) { parameter() }
        for _ in 0..<pick(3) { constraint() }
    }

    private mutating func option() {
        line("")
        line("[[section.option]]")
        line("id = \"\(nextID("option"))\"")
        line("title = \"\(words(3).capitalizedFirst)\"")
        line("summary = \"\(words(6)) \\\"\(words(1))\\\"\\t(\(words(2)))\\u00e9\"")
        line("advice = '''")
        for _ in 0..<(1 + pick(4)) { line("- \(words(8)); \(words(5)).") }
        line("'''")
        line("requires = \"\(Self.expressions[pick(Self.expressions.count)])\"")
        line("excludes = [\"\(nextID("option"))\", \"\(nextID("option"))\"]")
        if pick(2) == 0 { line("approval = \"regional_director\"") }
        line("cite = { edition = \"2019\", chapter = \(1 + pick(15)), clause = \"VIII.\(1 + pick(9))\" }")
    }

    private mutating func parameter() {
        line("")
        line("[[section.parameter]]  # asked when the option applies")
        line("id = \"\(nextID("parameter"))\"")
        line("title = \"\(words(3).capitalizedFirst)\"")
        line("type = \"integer\"")
        let low = pick(5)
        line("range = [\(low), \(low + 5 + pick(50))]")
        line("default = \(low + pick(5))")
        line("unit = \"\(["meetings", "members", "days", "delegates"][pick(4)])\"")
    }

    private mutating func constraint() {
        line("")
        line("[[section.constraint]]")
        line("id = \"\(nextID("constraint"))\"")
        line("when = \"\(Self.expressions[pick(Self.expressions.count)])\"")
        line("require = \"\(Self.expressions[pick(Self.expressions.count)])\"")
        line("severity = \"\(pick(3) == 0 ? "warning" : "error")\"")
        line("message = \"\(words(7))\"")
        line("fix = \"\"\"\n\(words(9)), \\")
        line("    \(words(6)).\"\"\"")
    }

    private mutating func selection() {
        line("")
        line("[[selection]]")
        line("edition = \"2019\"")
        line("year = \(2015 + pick(12))")
        line(
            "clp = { name = \"\(words(2).capitalizedFirst) and District\", region = \"\(words(1))\", id = \(pick(700)) }"
        )
        line("agm.date = \(date())")
        line("agm.updated = \(date())T\(pad(pick(24))):\(pad(pick(60))):\(pad(pick(60)))Z")
        line("facts.members = \(50 + pick(3000))")
        line("facts.labour_mp = \(pick(2) == 0)")
        line("facts.turnout = \(pick(100)).\(pick(10))")
        line("governance = { option = \"all_member_meetings\", meetings_per_year = \(1 + pick(12)) }")
        line("forums.options = [\"womens_forum\", \"bame_forum\", \"youth_forum\"]  # chosen at the AGM")
        line("votes.structure_change = { for = \(pick(90)), against = \(pick(60)), abstain = \(pick(9)) }")
        for _ in 0..<(1 + pick(4)) {
            line("[[selection.officers]]")
            line("post = \"\(["chair", "secretary", "treasurer", "women's officer"][pick(4)])\"")
            line("name = \"\(words(1).capitalizedFirst) \(words(1).capitalizedFirst)\"")
            line("woman = \(pick(2) == 0)")
            line("elected = \(date())")
            line("member_number = 0x\(String(pick(1 << 20), radix: 16))")
        }
    }
}

extension String {
    fileprivate var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
