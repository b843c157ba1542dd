import RuleLanguage

/// One choice or setting that differs between two years, in words: "How the CLP governs itself:
/// Delegate General Committee → All-member meetings".
public struct ChoiceChange: Sendable, Hashable {
    /// `governance.option` or `meetings.meetings_per_year`.
    public var name: String
    /// The menu's title for it.
    public var title: String
    /// Last year's value in words, or nil when last year's edition had no such choice.
    public var before: String?
    /// This year's value in words, or nil when this year's edition has no such choice.
    public var after: String?

    /// Every choice and setting whose effective value (defaults included) differs, in this year's menu
    /// order, then those only last year's menu had.
    public static func between(_ last: YearEvaluation, _ this: YearEvaluation) -> [ChoiceChange] {
        let lastItems = items(of: last)
        let thisItems = items(of: this)
        let lastByName = Dictionary(lastItems.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let thisNames = Set(thisItems.map(\.name))
        var changes: [ChoiceChange] = []
        for item in thisItems {
            let before = lastByName[item.name]?.value
            if before != item.value {
                changes.append(ChoiceChange(name: item.name, title: item.title, before: before, after: item.value))
            }
        }
        for item in lastItems where !thisNames.contains(item.name) && item.value != nil {
            changes.append(ChoiceChange(name: item.name, title: item.title, before: item.value, after: nil))
        }
        return changes
    }

    private struct Item {
        var name: String
        var title: String
        var value: String?
    }

    /// Each section's choice and each parameter, with its value in words (nil when unset and no default).
    private static func items(of year: YearEvaluation) -> [Item] {
        var items: [Item] = []
        for section in year.edition.sections {
            if let name = section.choiceName {
                items.append(
                    Item(name: name, title: section.title, value: year.bindings[name].map { words($0, in: section) }))
            }
            for parameter in section.parameters {
                let value = year.bindings[parameter.qualifiedName].map { words($0, unit: parameter.unit) }
                items.append(Item(name: parameter.qualifiedName, title: parameter.title, value: value))
            }
        }
        return items
    }

    /// An option id as its title; a list of them as a series ("none" when empty).
    private static func words(_ value: RuleValue, in section: Section) -> String {
        switch value {
        case .string(let id): section.option(id)?.title ?? id
        case .list(let items):
            items.isEmpty ? "none" : RuleValueFormatter.series(items.map { words($0, in: section) })
        default: RuleValueFormatter.text(value)
        }
    }

    private static func words(_ value: RuleValue, unit: String?) -> String {
        RuleValueFormatter.text(value) + (unit.map { " " + $0 } ?? "")
    }
}
