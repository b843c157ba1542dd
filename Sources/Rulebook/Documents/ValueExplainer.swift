import RuleLanguage

/// `clpconf explain NAME --file FILE`: a value as one CLP's year has it, and how it came to be: a derived
/// value with its live value and how it was worked out ("quorum: 25, which is 5% of 490 …"), a setting
/// with its value (or its default), a fact or a choice.
public struct ValueExplainer: Sendable {
    public let year: YearEvaluation
    /// Whether to add the rule each derived value is worked out by, as written (`explain --verbose`).
    public var verbose: Bool

    public init(_ year: YearEvaluation, verbose: Bool = false) {
        self.year = year
        self.verbose = verbose
    }

    /// The explanation of `name`, or nil when the year has no value by that name.
    public func document(for name: String) -> DocumentTree? {
        let clp = year.selections?.clpName?.value ?? year.text.path
        if let derived = year.derived(name) {
            return DocumentTree(title: name, subtitle: derived.definition.title, blocks: blocks(derived, clp: clp))
        }
        guard let value = year.bindings[name] else { return nil }
        var blocks: [DocumentBlock] = [.paragraph([.strong(name + ": "), .text(RuleValueFormatter.text(value))])]
        if let parameter = year.edition.sections.lazy.flatMap(\.parameters).first(where: { $0.qualifiedName == name }) {
            let written = year.selections?.choices[parameter.section]?.parameters[parameter.id] != nil
            blocks.append(
                .paragraph([
                    .text(
                        written
                            ? "Set in \(year.text.path) for \(clp)."
                            : "Not set in \(year.text.path), so the menu's default applies.")
                ]))
            return DocumentTree(title: name, subtitle: parameter.title, blocks: blocks)
        }
        return DocumentTree(title: name, subtitle: "A value of \(clp)'s year", blocks: blocks)
    }

    private func blocks(_ derived: DerivedResult, clp: String) -> [DocumentBlock] {
        guard let value = derived.value else {
            return [
                .paragraph([
                    .text(
                        "\(derived.id) cannot be worked out for \(clp): a value it needs is missing or invalid (see clpconf check)."
                    )
                ])
            ]
        }
        var sentence = derived.id + ": " + RuleValueFormatter.text(value)
        if let because = derived.because { sentence += ", which is " + because }
        var blocks: [DocumentBlock] = [.paragraph([.text(sentence + ".")])]
        if !derived.inputs.isEmpty {
            let names = ReadableNames(edition: year.edition, bindings: year.bindings)
            blocks.append(.paragraph([.text("Worked out from:")]))
            blocks.append(
                .bullets(
                    derived.inputs.map { input in
                        let words: String
                        if case .list(let items) = input.value {
                            words = "\(items.count) \(items.count == 1 ? "entry" : "entries")"
                        } else {
                            words = RuleValueFormatter.text(input.value)
                        }
                        return [.text(names.title(of: input.name) + " ("), .code(input.name), .text("): " + words)]
                    }))
        }
        if verbose { blocks.append(.paragraph([.text("Rule: ")] + [.code(derived.definition.value.text)])) }
        return blocks
    }
}
