import Diagnostics
import Rulebook
import TOML
import TestSupport
import Testing

/// Generated 2012 selections, built from the 2012 edition's own options and settings, migrated to 2019:
/// no choice or setting is lost without a line in the report saying why, and comments on surviving keys
/// survive.
@Suite struct MigrationPropertyTests {
    /// A 2012 file choosing random options and setting random parameters of every section, each line with
    /// a comment naming its item.
    static func generated(_ old: Edition, generator: inout SeededGenerator) -> String {
        var lines = [
            "edition = \"2012\"  # c:edition", "year = 2015", "", "[clp]", "name = \"Gen\"", "", "[agm]",
            "date = 2015-06-13", "",
        ]
        for section in old.sections where Bool.random(using: &generator) || section.id == "development_plan" {
            lines.append("[\(section.id)]  # c:\(section.id)")
            let picked = section.options.filter { _ in Bool.random(using: &generator) }
            switch section.choose {
            case .one:
                if let option = section.options.randomElement(using: &generator) {
                    lines.append("option = \(TOMLWriter.string(option.id))  # c:\(section.id).option")
                }
            case .any:
                let list = picked.map { TOMLWriter.string($0.id) }.joined(separator: ", ")
                lines.append("options = [\(list)]  # c:\(section.id).options")
            case .none: break
            }
            for parameter in section.parameters where Bool.random(using: &generator) {
                let value: String
                switch parameter.kind {
                case .integer(let range): value = String(range.map { Int.random(in: $0, using: &generator) } ?? 3)
                case .boolean: value = Bool.random(using: &generator) ? "true" : "false"
                case .string: value = TOMLWriter.string("text \(Int.random(in: 0..<100, using: &generator))")
                case .date: value = "2015-01-0\(Int.random(in: 1...9, using: &generator))"
                case .choice(let values): value = TOMLWriter.string(values.randomElement(using: &generator) ?? "")
                }
                lines.append("\(parameter.id) = \(value)  # c:\(parameter.qualifiedName)")
            }
            lines.append("")
        }
        for post in old.posts where Bool.random(using: &generator) {
            lines += [
                "[[officers]]", "post = \(TOMLWriter.string(post.id))  # c:posts.\(post.id)",
                "name = \"N. \(post.id)\"", "woman = true", "",
            ]
        }
        return lines.joined(separator: "\n")
    }

    @Test func migratingNeverLosesAChoiceOrSettingWithoutSayingWhy() throws {
        let old = try #require(ShippedYear.editions["2012"])
        let new = try #require(ShippedYear.editions["2019"])
        var generator = SeededGenerator(seed: 20_261_202)
        for _ in 0..<200 {
            let text = Self.generated(old, generator: &generator)
            let result = EditionMigrator.migrate(
                text: Array(text.utf8), fileName: "gen.toml", to: "2019", editions: [old, new], searchesFixes: false)
            let migrated = try #require(result.text, "\(result.problems.map(\.message))\n\(text)")
            let document = TOMLParser.parse(migrated, path: "gen.toml")
            #expect(document.isValid, "\(migrated)")
            let input = TOMLParser.parse(text, path: "in.toml").document.root
            for (id, value) in Self.items(input) {
                let changes = result.changes.filter { $0.from == id }
                #expect(!changes.isEmpty, "\(id) has no line in the report\n\(text)")
                for change in changes where !change.losesValue {
                    guard let to = change.to else { continue }
                    let held = Self.holds(document.document.root, to, value: value)
                    #expect(held, "\(id) -> \(to) is not in the migrated file\n\(migrated)")
                }
            }
            // Every comment whose key survived is still there.
            for change in result.changes where !change.losesValue && change.kind != .added {
                guard let from = change.from, let line = text.split(separator: "\n").first(where: { $0.hasSuffix("# c:" + from) })
                else { continue }
                let isSetting = !(line.hasPrefix("option") || line.hasPrefix("["))
                if isSetting { #expect(migrated.contains("# c:" + from), "the comment of \(from) is gone\n\(migrated)") }
            }
        }
    }

    /// Every option chosen (`section.option`) and setting set (`section.key`, `posts.post`) in `root`, with
    /// its value (the option id for options).
    static func items(_ root: TOMLTable) -> [(String, TOMLValue)] {
        var items: [(String, TOMLValue)] = []
        for entry in root.entries {
            if entry.key == "officers" {
                for officer in entry.value.array ?? [] {
                    if let post = officer.table?["post"], let id = post.string { items.append(("posts." + id, post)) }
                }
                continue
            }
            guard let table = entry.value.table, !["clp", "agm"].contains(entry.key) else { continue }
            for item in table.entries {
                if item.key == "option" || item.key == "options" {
                    for option in item.value.array ?? [item.value] {
                        if let id = option.string { items.append((entry.key + "." + id, option)) }
                    }
                } else {
                    items.append((entry.key + "." + item.key, item.value))
                }
            }
        }
        return items
    }

    /// Whether the migrated `root` holds item `id` (with `value`, for a setting).
    static func holds(_ root: TOMLTable, _ id: String, value: TOMLValue) -> Bool {
        let parts = id.split(separator: ".").map(String.init)
        guard parts.count == 2 else { return root[id]?.table != nil }
        if parts[0] == "posts" {
            return root["officers"]?.array?.contains { $0.table?["post"]?.string == parts[1] } ?? false
        }
        guard let table = root[parts[0]]?.table else { return false }
        let chosen = (table["options"]?.array ?? table["option"].map { [$0] } ?? []).compactMap(\.string)
        if chosen.contains(parts[1]) { return true }
        let written = { (value: TOMLValue) in try? TOMLWriter.value(value.kind) }
        return table[parts[1]].map { written($0) == written(value) || chosen.contains(value.string ?? "") } ?? false
    }
}
