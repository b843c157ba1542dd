import BenchCorpus

/// Writes a seeded JSON file shaped like the reports clpconf writes: one object per CLP's year with its
/// identity, the edition and digest, counts, a list of diagnostics (codes, messages with quotes, escapes and
/// non-ASCII text, locations, notes, fix-its), derived values with their inputs, and flags, indented two
/// spaces the way `--format json` output is.
struct JSONCorpusGenerator {
    private var random: SeededGenerator
    private var out: [UInt8] = []
    private var serial = 0

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// At least `bytes` bytes of valid JSON (whole reports are written, so a little more).
    mutating func generate(bytes: Int) -> [UInt8] {
        out.reserveCapacity(bytes + 8192)
        text("{\n  \"schema\": \"clpconf.reports/1\",\n  \"generated\": \"2026-01-05T09:30:00Z\",\n  \"reports\": [")
        var first = true
        while out.count < bytes {
            text(first ? "\n" : ",\n")
            first = false
            report()
        }
        text("\n  ]\n}\n")
        return out
    }

    private static let words = [
        "branch", "meeting", "member", "officer", "quorum", "delegate", "ward", "forum", "secretary", "chair",
        "treasurer", "women's", "youth", "affiliate", "trade union", "motion", "ballot", "notice", "minutes",
        "général", "Ynys Môn", "Caerdydd", "Anytown", "Northgate", "Eastbrook", "Westmoor", "\\\"quoted\\\"",
        "tab\\there", "line\\nbreak", "caf\\u00e9", "party \\ud83c\\udf89", "slash\\/path", "✓", "👩‍👩‍👧",
    ]
    /// Menu constraint codes; built-in codes are made up in ``code()`` (a literal one would read as a second
    /// declaration to `CodeIndexTests`).
    private static let constraintCodes = ["GOV02", "MTG01", "EXE03"]
    private static let keys = [
        "governance.option", "meetings.meetings_per_year", "facts.members", "standing_orders.quorum_value",
        "officers.chair", "equalities.options", "approvals.regional_director",
    ]

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
    private mutating func word() -> String { Self.words[pick(Self.words.count)] }
    private mutating func sentence(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }

    private mutating func text(_ value: String) { out.append(contentsOf: value.utf8) }

    /// `"key": ` at `indent` levels.
    private mutating func key(_ name: String, _ indent: Int) {
        text(String(repeating: "  ", count: indent) + "\"" + name + "\": ")
    }

    private mutating func report() {
        serial += 1
        text("    {\n")
        key("file", 3)
        text("\"clps/\(word())-\(serial).toml\",\n")
        key("edition", 3)
        text("{\"id\": \"20\(10 + pick(15))\", \"digest\": \"\(hex(64))\"},\n")
        let errors = pick(6)
        key("errors", 3)
        text("\(errors),\n")
        key("warnings", 3)
        text("\(pick(3)),\n")
        key("valid", 3)
        text(errors == 0 ? "true,\n" : "false,\n")
        key("diagnostics", 3)
        text("[")
        for index in 0..<(errors + pick(3)) {
            text(index == 0 ? "\n" : ",\n")
            diagnostic()
        }
        text("\n      ],\n")
        key("derived", 3)
        text("[")
        for index in 0..<(1 + pick(4)) {
            text(index == 0 ? "\n" : ",\n")
            derived()
        }
        text("\n      ],\n")
        key("ratio", 3)
        text("\(Double(pick(1_000_000)) / 997.0),\n")
        key("lastYear", 3)
        text(pick(3) == 0 ? "null\n" : "{\"file\": \"clps/old-\(serial).toml\", \"valid\": true}\n")
        text("    }")
    }

    private mutating func diagnostic() {
        text("        {\n")
        key("code", 5)
        text("\"\(code())\",\n")
        key("severity", 5)
        text(pick(4) == 0 ? "\"warning\",\n" : "\"error\",\n")
        key("message", 5)
        text("\"the \(word()) must be at least \(pick(100)), not \(pick(100)): \(sentence(4 + pick(8)))\",\n")
        key("location", 5)
        text(location() + ",\n")
        key("notes", 5)
        text("[")
        for index in 0..<pick(3) {
            text((index == 0 ? "" : ", ") + "{\"message\": \"'\(Self.keys[pick(Self.keys.count)])' is ")
            text("\(pick(50)) here\", \"location\": \(location())}")
        }
        text("],\n")
        key("fixIts", 5)
        text("[{\"summary\": \"set \(Self.keys[pick(Self.keys.count)]) to \(pick(20)) or more\", \"edits\": []}],\n")
        key("citation", 5)
        text(pick(2) == 0 ? "null\n" : "\"Rule Book 20\(10 + pick(15)), Chapter \(1 + pick(15)), Clause \(pick(9))\"\n")
        text("        }")
    }

    private mutating func code() -> String {
        guard pick(4) > 0 else { return Self.constraintCodes[pick(Self.constraintCodes.count)] }
        return ["S", "M", "R", "T"][pick(4)] + String(100 + pick(3) * 100 + pick(15))
    }

    private mutating func location() -> String {
        let line = 1 + pick(400)
        let column = 1 + pick(80)
        return "{\"file\": \"clps/\(word())-\(serial).toml\", \"line\": \(line), \"column\": \(column), "
            + "\"endLine\": \(line), \"endColumn\": \(column + pick(20)), \"offset\": \(pick(40_000)), "
            + "\"length\": \(pick(30))}"
    }

    private mutating func derived() {
        text("        {\"id\": \"\(Self.keys[pick(Self.keys.count)])\", \"title\": \"\(sentence(3 + pick(5)))\", ")
        text("\"value\": \(pick(2) == 0 ? "\(pick(5000) - 100)" : "\(Double(pick(100_000)) / 64.0)e\(pick(5))"), ")
        text("\"because\": \"\(sentence(6 + pick(10)))\", \"inputs\": {")
        for index in 0..<(1 + pick(3)) {
            text((index == 0 ? "" : ", ") + "\"\(Self.keys[pick(Self.keys.count)]).\(index)\": ")
            text(["true", "false", "null", "\(pick(1000))", "\"\(word())\""][pick(5)])
        }
        text("}, \"lists\": [\(pick(9)), \(pick(99)), \(pick(999))]}")
    }

    private mutating func hex(_ count: Int) -> String {
        String((0..<count).map { _ in Array("0123456789abcdef")[pick(16)] })
    }
}
