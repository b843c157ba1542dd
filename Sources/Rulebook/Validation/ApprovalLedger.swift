import Diagnostics
import RuleLanguage
import TOML

/// The approvals of one CLP year: which recorded approvals count, and, for every approval a chosen option
/// needs, whether it has been given or is still awaited.
///
/// An approval counts only for what it names (an option or a matter), only from a body that may give it,
/// and only when dated within the year the file covers (``Period``). Built once per evaluation; the
/// bindings read ``isApproved(_:by:)`` and the validator reports ``diagnostics``.
public struct ApprovalLedger: Sendable {
    /// The dates an approval must fall within to count: from a year before the AGM (approval sought for
    /// the AGM's decision) to the day before the next AGM, a year after it. Without an AGM date, the
    /// calendar year before the file's year and that year itself.
    public struct Period: Sendable, Hashable {
        /// The first day that counts.
        public var from: TOMLDate
        /// The first day that no longer counts.
        public var until: TOMLDate

        public func contains(_ date: TOMLDate) -> Bool { from <= date && date < until }

        /// The last day that counts, for messages.
        public var lastDay: TOMLDate {
            if until.day > 1 { return TOMLDate(year: until.year, month: until.month, day: until.day - 1) }
            let (year, month) = until.month > 1 ? (until.year, until.month - 1) : (until.year - 1, 12)
            return TOMLDate(year: year, month: month, day: TOMLDate.daysInMonth(year: year, month: month))
        }
    }

    /// Whether an approval a chosen option needs has been given.
    public enum Status: String, Sendable, Hashable {
        case granted
        case pending
    }

    /// One approval that a chosen option needs.
    public struct Need: Sendable {
        /// The option, `section.option`.
        public var approves: String
        /// The body that must approve it.
        public var by: String
        public var status: Status
        /// The approval that grants it, when given.
        public var record: Selections.Approval?
    }

    public var period: Period?
    /// The recorded approvals that count this year.
    public var counted: [Selections.Approval]
    /// Every approval the chosen options need, in menu order.
    public var needs: [Need]
    /// S203 (pending), S205 (out of the year) and S206 (for nothing chosen, or from the wrong body).
    public var diagnostics: [Diagnostic]

    /// Whether `subject` (a matter or an option) has an approval from `body` that counts.
    public func isApproved(_ subject: String, by body: String) -> Bool {
        counted.contains { $0.approves.value == subject && $0.by.value == body }
    }

    public init(edition: Edition, selections: Selections) {
        period = Self.period(of: selections)
        counted = []
        needs = []
        diagnostics = []
        var inPeriod: [Selections.Approval] = []
        for approval in selections.approvals {
            if let period, !period.contains(approval.date.value) {
                diagnostics.append(ValidationMessages.approvalOutOfYear(approval, period: period, edition: edition))
            } else {
                inPeriod.append(approval)
            }
        }
        for approval in inPeriod {
            let subject = approval.approves.value
            if edition.matters.contains(where: { $0.id == subject }) {
                counted.append(approval)
            } else if let needed = Self.approvalsOfChosenOption(subject, edition: edition, selections: selections) {
                if needed.contains(approval.by.value) {
                    counted.append(approval)
                } else {
                    diagnostics.append(
                        ValidationMessages.approvalFromWrongBody(approval, needed: needed, edition: edition))
                }
            } else {
                diagnostics.append(ValidationMessages.approvalForUnchosenOption(approval))
            }
        }
        for (name, approvals, span) in Self.chosenOptionsNeedingApproval(edition: edition, selections: selections) {
            var awaited: [String] = []
            for body in approvals {
                let record = counted.first { $0.approves.value == name && $0.by.value == body }
                needs.append(
                    Need(approves: name, by: body, status: record == nil ? .pending : .granted, record: record))
                if record == nil { awaited.append(body) }
            }
            guard !awaited.isEmpty else { continue }
            let given = needs.filter { $0.approves == name && $0.status == .granted }
            diagnostics.append(
                ValidationMessages.approvalPending(name, awaited: awaited, given: given, edition: edition, at: span))
        }
    }

    private static func period(of selections: Selections) -> Period? {
        if let agm = selections.agmDate?.value {
            return Period(from: agm.addingYears(-1), until: agm.addingYears(1))
        }
        guard let year = selections.year?.value, (1...9998).contains(year) else { return nil }
        return Period(
            from: TOMLDate(year: year - 1, month: 1, day: 1), until: TOMLDate(year: year + 1, month: 1, day: 1))
    }

    /// The chosen options that need approvals: each one's qualified name, the bodies that must approve it,
    /// and where it was chosen (nil for a menu default). Names are joined only for these few.
    private static func chosenOptionsNeedingApproval(
        edition: Edition, selections: Selections
    ) -> [(name: String, approvals: [String], span: SourceSpan?)] {
        var found: [(name: String, approvals: [String], span: SourceSpan?)] = []
        for section in edition.sections {
            guard let choice = selections.choices[section.id] else { continue }
            for chosen in choice.options {
                guard let option = section.option(chosen.value), !option.approvals.isEmpty else { continue }
                found.append((section.id + "." + option.id, option.approvals, choice.usedDefault ? nil : chosen.span))
            }
        }
        return found
    }

    /// The bodies that must approve `subject` when it names a chosen option (`section.option`, found by its
    /// two parts: ids have no dots), or nil when it names no chosen option.
    private static func approvalsOfChosenOption(
        _ subject: String, edition: Edition, selections: Selections
    ) -> [String]? {
        guard let dot = subject.firstDot() else { return nil }
        let sectionID = String(subject[..<dot])
        let optionID = subject[subject.index(after: dot)...]
        guard let section = edition.section(sectionID),
            selections.choices[sectionID]?.options.contains(where: { $0.value == optionID }) == true,
            let option = section.option(String(optionID))
        else { return nil }
        return option.approvals
    }
}
