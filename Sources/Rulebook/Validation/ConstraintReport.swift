import Diagnostics
import RuleLanguage
import TOML

/// Builds the diagnostic for a violated constraint: its message with live values, located at what breaks
/// the rule (the offending officer or record, the list a missing post belongs in, or the people counted),
/// with notes naming the people and values involved, the citation, the menu's fix advice, and the menu's
/// `because` in words (the rule's expression goes in the diagnostic's `rule`, for JSON).
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
        for name in inputs where !Self.isList(name) {
            if let span = locator.span(of: name) { located.append((name, span)) } else { unlocated.append(name) }
        }
        let witness = Witness(report: self)
        // A list read but empty ("no branches are listed") is shown where it belongs: the [facts] table.
        let emptyList = inputs.first { Self.isList($0) && bindings[$0] == .list([]) }.flatMap { locator.span(of: $0) }
        let primary =
            witness.primary ?? emptyList ?? located.first?.1 ?? sectionSpan() ?? selections.document.span(0..<0)
        var notes = witness.notes
        for (name, span) in located where span != primary {
            notes.append(Note("'\(name)' is \(describe(name)) here", at: span))
        }
        // A default the rule reads only through a setting that does not apply this year (a local post's vote,
        // when the post is not created) is no part of why the rule failed.
        for name in unlocated where bindings[name] != nil && applies(name) {
            notes.append(Note(unsetNote(name, names)))
        }
        var fixIts = witness.fixIts
        if let fix = constraint.fix { fixIts.append(FixIt(fix)) }
        var diagnostic = Diagnostic(
            code: constraint.code, severity: constraint.severity, message: message, location: primary, notes: notes,
            fixIts: fixIts, citation: constraint.cite, explanation: "because " + because(names),
            rule: constraint.require.text)
        diagnostic.wholeList =
            witness.wholeList
            ?? (witness.primary == nil ? inputs.first { Self.isList($0) && bindings[$0] == .list([]) } : nil)
        return diagnostic
    }

    /// Lists of records (officers, branches, affiliates) are located item by item, by ``Witness``.
    static func isList(_ name: String) -> Bool {
        name == "officers" || name == "facts.branch" || name == "facts.affiliate"
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

    /// Whether `name` is a setting that applies with this year's choices (anything else counts as applying).
    private func applies(_ name: String) -> Bool {
        let parameter = locator.edition.sections.lazy.flatMap(\.parameters).first { $0.qualifiedName == name }
        guard let condition = parameter?.applies else { return true }
        return RuleEvaluator(bindings: bindings).evaluate(condition.expression, tracesReads: false).boolean != false
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
        // "1 post", not "1 posts".
        let count: Int? = if case .integer(let number)? = bindings[name] { number } else { nil }
        let value = describe(name) + (unit.map { " " + UnitWords.unit($0, count: count) } ?? "")
        return "\(names.title(of: name)) is \(value), the menu's default: this file does not set '\(name)'"
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
