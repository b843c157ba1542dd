import Diagnostics
import TOML

/// The validation messages that are not the menu's own constraints (codes `S2xx`), sorted by name. Each takes
/// its code and severity from its entry in ``RulebookCatalogue``.
enum ValidationMessages {
    static func approvalForUnchosenOption(_ approval: Selections.Approval) -> Diagnostic {
        RulebookCatalogue.approvalNotForThis.diagnostic(
            "this approval is for '\(approval.approves.value)', which this file does not choose; it counts for nothing",
            at: approval.approves.span,
            fixIts: [FixIt("remove the record, or correct what it approves")])
    }

    static func approvalFromWrongBody(_ approval: Selections.Approval, needed: [String], edition: Edition)
        -> Diagnostic
    {
        let bodies = needed.map { "the " + edition.approverTitle($0) }
        return RulebookCatalogue.approvalNotForThis.diagnostic(
            "'\(approval.approves.value)' needs approval from \(bodies.joinedAsList()); an approval by the "
                + "\(edition.approverTitle(approval.by.value)) does not count for it",
            at: approval.by.span,
            fixIts: [FixIt("check who gave this approval; the menu asks for \(bodies.joinedAsList())")])
    }

    static func approvalOutOfYear(_ approval: Selections.Approval, period: ApprovalLedger.Period, edition: Edition)
        -> Diagnostic
    {
        RulebookCatalogue.approvalOutOfYear.diagnostic(
            "this approval of '\(approval.approves.value)' by the \(edition.approverTitle(approval.by.value)) is "
                + "dated \(approval.date.value.description), outside the year this file covers "
                + "(\(period.from.description) to \(period.lastDay.description)); it does not count",
            at: approval.date.span,
            fixIts: [FixIt("check the date, or record an approval given for this year")])
    }

    /// A chosen option still awaits approval from `awaited`; `given` are the approvals it already has.
    static func approvalPending(
        _ option: String, awaited: [String], given: [ApprovalLedger.Need], edition: Edition, at span: SourceSpan?
    ) -> Diagnostic {
        let bodies = awaited.map { "the " + edition.approverTitle($0) }
        var notes: [Note] = []
        for need in given {
            guard let record = need.record else { continue }
            let reference = record.reference.map { ", reference \($0)" } ?? ""
            notes.append(
                Note(
                    "the \(edition.approverTitle(need.by))'s approval is recorded (\(record.date.value.description)\(reference))",
                    at: record.span))
        }
        let record = awaited.map {
            "[[approvals]] approves = \"\(option)\", by = \"\($0)\", date = YYYY-MM-DD, reference = \"...\""
        }
        return RulebookCatalogue.approvalMissing.diagnostic(
            "option '\(option)' is pending: it takes effect only once approved by \(bodies.joinedAsList()), and "
                + (given.isEmpty ? "no approval is recorded" : "that approval is still awaited"),
            at: span, notes: notes,
            fixIts: [FixIt("once approved, record it: " + record.joined(separator: "; "))])
    }

    static func optionNotYetAvailable(
        _ option: String, from: TOMLDate, agm: TOMLDate, at span: SourceSpan?, cite: String?
    )
        -> Diagnostic
    {
        RulebookCatalogue.optionNotYetAvailable.diagnostic(
            "option '\(option)' may be chosen only at AGMs from \(from.description); this AGM was on \(agm.description)",
            at: span, fixIts: [FixIt("choose another option for this year, or check the AGM's date")], citation: cite)
    }

    static func optionExcluded(
        _ option: String, expression: String, because: String, at span: SourceSpan?, cite: String?
    ) -> Diagnostic {
        RulebookCatalogue.optionExcluded.diagnostic(
            "option '\(option)' cannot be chosen with the other choices", at: span, citation: cite,
            explanation: "because " + because, rule: expression)
    }

    static func optionRequirementUnmet(
        _ option: String, expression: String, because: String, at span: SourceSpan?, cite: String?
    ) -> Diagnostic {
        RulebookCatalogue.optionRequirementUnmet.diagnostic(
            "option '\(option)' needs other choices or facts than this file has", at: span, citation: cite,
            explanation: "because " + because, rule: expression)
    }

    /// A setting whose `applies` does not hold; `depends` names what it depends on, in words.
    static func parameterNotApplicable(
        _ name: String, depends: String, condition: String, at span: SourceSpan
    ) -> Diagnostic {
        RulebookCatalogue.parameterNotApplicable.diagnostic(
            "'\(name)' has no effect with these choices: it depends on \(depends)", at: span,
            fixIts: [FixIt("remove '\(name.split(separator: ".").last ?? "")' or change the choice it depends on")],
            rule: condition)
    }
}
