import Diagnostics
import RuleLanguage

/// Builds the diagnostic for a violated constraint: its message with live values, the contributing keys
/// as primary location and notes, the citation, the menu's fix advice and the failing part explained.
struct ConstraintReport {
    let constraint: Constraint
    let bindings: RuleBindings
    let locator: SelectionsLocator
    let selections: Selections

    func diagnostic(reads: [String]) -> Diagnostic {
        let message: String
        switch RuleEvaluator(bindings: bindings).render(constraint.message.template) {
        case .success(let text): message = text
        case .failure: message = constraint.message.text
        }
        let names = ReadableNames(edition: locator.edition, bindings: bindings)
        let inputs = locator.inputs(of: reads)
        var located: [(String, SourceSpan)] = []
        var unlocated: [String] = []
        for name in inputs {
            if let span = locator.span(of: name) { located.append((name, span)) } else { unlocated.append(name) }
        }
        var notes: [Note] = []
        for (name, span) in located.dropFirst() {
            notes.append(Note("'\(name)' is \(describe(name)) here", at: span))
        }
        for name in unlocated where bindings[name] != nil && !name.hasPrefix("officers") {
            notes.append(Note(unsetNote(name, names)))
        }
        var primary = located.first?.1 ?? sectionSpan() ?? selections.document.span(0..<0)
        if inputs.contains("officers") {
            let officers = namedOfficers()
            if let first = officers.first, located.first?.0 == "officers" {
                primary = first.span
                notes += officers.dropFirst().map {
                    Note("'\($0.post)' is \($0.name) (woman = \($0.woman))", at: $0.span)
                }
            }
        }
        return Diagnostic(
            code: constraint.code, severity: constraint.severity, message: message, location: primary, notes: notes,
            fixIts: constraint.fix.map { [FixIt($0)] } ?? [], citation: constraint.cite,
            explanation: "because " + because(names), rule: constraint.require.text)
    }

    /// The menu's `because` with this year's values, or the generic account by titles when there is none
    /// (or it cannot be worked out, say because a value it reads is missing).
    private func because(_ names: ReadableNames) -> String {
        if let template = constraint.because,
            case .success(let text) = RuleEvaluator(bindings: bindings).render(template.template),
            !text.isEmpty
        {
            return text
        }
        return names.explanation(of: constraint.require.expression)
    }

    /// A value the file does not set: an approval not recorded, or a setting left at the menu's default.
    private func unsetNote(_ name: String, _ names: ReadableNames) -> String {
        if name.hasPrefix("approvals."), bindings[name] == .boolean(false) {
            return "this file records no \(names.title(of: name))"
        }
        let parts = name.split(separator: ".")
        if parts.first == "votes", parts.last == "recorded", parts.count == 3, bindings[name] == .boolean(false) {
            return "this file records no vote on \(names.title(of: "votes." + parts[1]))"
        }
        let unit = locator.edition.sections.lazy.flatMap(\.parameters).first { $0.qualifiedName == name }?.unit
        // "1 post", not "1 posts": a plural unit loses its "s" after 1.
        let one = bindings[name] == .integer(1)
        let value = describe(name) + (unit.map { " " + (one && $0.hasSuffix("s") ? String($0.dropLast()) : $0) } ?? "")
        return "\(names.title(of: name)) is \(value), the menu's default: this file does not set '\(name)'"
    }

    /// The officers whose posts the rule names (string literals in its expressions that are post ids).
    private func namedOfficers() -> [Selections.Officer] {
        var expressions = [constraint.when?.expression, constraint.require.expression].compactMap { $0 }
        var seen = Set<String>()
        var index = 0
        while index < expressions.count, index < 200 {
            for name in expressions[index].referencedNames where seen.insert(name).inserted {
                if let derived = locator.edition.allDerived.first(where: { $0.id == name }) {
                    expressions.append(derived.value.expression)
                }
            }
            index += 1
        }
        let literals = Set(expressions.flatMap(\.stringLiterals))
        return selections.officers.filter { literals.contains($0.post) }
    }

    private func describe(_ name: String) -> String {
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
