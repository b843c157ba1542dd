import Diagnostics
import RuleLanguage
import TOML

/// Builds the diagnostic for a violated constraint: its message with live values, located at what breaks
/// the rule (the offending officer or record, the list a missing post belongs in, or the people counted),
/// with notes naming the people and values involved, the citation, the menu's fix advice and the failing
/// part explained.
struct ConstraintReport {
    let constraint: Constraint
    let bindings: RuleBindings
    let locator: SelectionsLocator
    let selections: Selections

    func diagnostic(reads: [String], explanation: String) -> Diagnostic {
        let message: String
        switch RuleEvaluator(bindings: bindings).render(constraint.message.template) {
        case .success(let text): message = text
        case .failure: message = constraint.message.text
        }
        let inputs = locator.inputs(of: reads)
        var located: [(String, SourceSpan)] = []
        var unlocated: [String] = []
        for name in inputs where !Self.isList(name) {
            if let span = locator.span(of: name) { located.append((name, span)) } else { unlocated.append(name) }
        }
        let witness = Witness(report: self)
        // A list read but empty ("no branches are listed") is shown where it belongs: the [facts] table.
        let emptyList = inputs.first { Self.isList($0) && bindings[$0] == .list([]) }.flatMap { locator.span(of: $0) }
        var primary =
            witness.primary ?? located.first?.1 ?? emptyList ?? sectionSpan() ?? selections.document.span(0..<0)
        var notes = witness.notes
        for (name, span) in located where span != primary {
            notes.append(Note("'\(name)' is \(describe(name)) here", at: span))
        }
        for name in unlocated where bindings[name] != nil {
            notes.append(Note("'\(name)' is \(describe(name)) (not set in this file: the menu's default)"))
        }
        if witness.primary == nil, let first = located.first { primary = emptyList ?? first.1 }
        var fixIts = witness.fixIts
        if let fix = constraint.fix { fixIts.append(FixIt(fix)) }
        let because = explanation.isEmpty ? nil : "because " + explanation
        return Diagnostic(
            code: constraint.code, severity: constraint.severity, message: message, location: primary, notes: notes,
            fixIts: fixIts, citation: constraint.cite, explanation: because)
    }

    /// Lists of records (officers, branches, affiliates) are located item by item, by ``Witness``.
    static func isList(_ name: String) -> Bool {
        name == "officers" || name == "facts.branch" || name == "facts.affiliate"
    }

    func describe(_ name: String) -> String {
        guard let value = bindings[name] else { return "not set" }
        if case .list(let items) = value,
            items.count > 3 || items.contains(where: { if case .record = $0 { true } else { false } })
        {
            return "a list of \(items.count) entr\(items.count == 1 ? "y" : "ies")"
        }
        return RuleValueFormatter.quoted(value)
    }

    private func sectionSpan() -> SourceSpan? {
        constraint.section.flatMap { selections.choices[$0]?.span }
    }
}
