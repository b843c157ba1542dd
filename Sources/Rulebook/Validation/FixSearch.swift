import Diagnostics
import RuleLanguage

/// Searches for the smallest sets of changes to a CLP's choices that make invalid selections valid.
///
/// Candidates are single edits to the choices and parameters the failing rules read (an option swapped, a
/// number moved to the edge a comparison needs, a yes/no flipped), then pairs of the most promising ones.
/// Every candidate is re-validated in full; only those that remove every error are offered, ranked by
/// fewest changed keys, then (with last year's file) by keeping last year's choices, then by smallest change.
public struct FixSearch: Sendable {
    /// One proposed change.
    public struct Edit: Sendable, Hashable {
        public var section: String
        /// `option`, `options` or a parameter id.
        public var key: String
        public var value: RuleValue

        /// `set governance.meetings_per_year = 8`.
        public var summary: String { "set \(section).\(key) = \(FixSearch.tomlLiteral(value))" }
    }

    /// A verified fix: edits that together make the selections valid.
    public struct Fix: Sendable {
        public var edits: [Edit]
        /// Warnings that remain after the fix (errors are all gone).
        public var remainingWarnings: Int
        public var summary: String { edits.map(\.summary).joined(separator: " and ") }
    }

    /// What the search found: complete fixes, and for each rule no complete fix covers, the best verified
    /// single change that repairs that rule without breaking another.
    public struct Outcome: Sendable {
        public var fixes: [Fix]
        /// Rule code → a change that repairs it alone (re-checked: adds no new error).
        public var partial: [(code: String, fix: Fix)]
        /// Error codes no change to the choices could repair.
        public var unfixable: [String]
        /// Whether the budget ran out before anything was found.
        public var exhausted: Bool
    }

    public let edition: Edition
    /// Upper bound on full re-validations.
    public var budget: Int
    /// Upper bound on the search's wall-clock time (checked between re-validations).
    public var timeLimit: Duration

    /// The time limit a search has unless its caller gives another: quick enough for a person waiting.
    public static let defaultTimeLimit: Duration = .milliseconds(300)

    public init(edition: Edition, budget: Int = 400, timeLimit: Duration = defaultTimeLimit) {
        self.edition = edition
        self.budget = budget
        self.timeLimit = timeLimit
    }

    /// Counts re-validations and watches the clock; the search stops when either runs out.
    struct Allowance {
        let budget: Int
        let deadline: ContinuousClock.Instant
        var spent = 0

        /// Takes one re-validation from the allowance, or returns false when none is left.
        mutating func take() -> Bool {
            guard spent < budget, ContinuousClock.now < deadline else { return false }
            spent += 1
            return true
        }

        var isExhausted: Bool { spent >= budget || ContinuousClock.now >= deadline }
    }

    /// Up to `limit` verified fixes, best first; empty when none was found within the budget.
    public func search(_ selections: Selections, last: Selections? = nil, limit: Int = 3) -> Outcome {
        // Candidates come from the failing rules' codes, the bindings and the rules themselves, and each is
        // judged only by which rules still fail and how many warnings are left: nothing here is explained.
        let validator = Validator(edition: edition, explains: [])
        let baseline = validator.validate(selections)
        let baselineErrors = Set(baseline.diagnostics.filter { $0.severity == .error }.map(\.code))
        guard !baselineErrors.isEmpty else { return Outcome(fixes: [], partial: [], unfixable: [], exhausted: false) }
        var repairs: [String: [Fix]] = [:]
        let candidates = CandidateGenerator(
            edition: edition, selections: selections, bindings: baseline.bindings, last: last
        )
        .candidates(for: baseline.diagnostics)
        var allowance = Allowance(budget: budget, deadline: ContinuousClock.now.advanced(by: timeLimit))
        var fixes: [Fix] = []
        var scored: [(edit: Edit, remaining: Int)] = []
        for edit in candidates {
            guard allowance.take() else { break }
            let result = validator.validate(apply([edit], to: selections))
            let errors = Set(result.diagnostics.filter { $0.severity == .error }.map(\.code))
            if errors.isEmpty {
                fixes.append(Fix(edits: [edit], remainingWarnings: Self.warnings(result)))
            } else if errors.count < baselineErrors.count, errors.isSubset(of: baselineErrors) {
                scored.append((edit, errors.count))
                for code in baselineErrors.subtracting(errors) {
                    repairs[code, default: []].append(Fix(edits: [edit], remainingWarnings: Self.warnings(result)))
                }
            }
        }
        if fixes.count < limit {
            let promising = scored.sorted { $0.remaining < $1.remaining }.prefix(12).map(\.edit)
            fixes += pairs(of: promising, selections: selections, validator: validator, allowance: &allowance)
        }
        let order = { (a: Fix, b: Fix) in
            rank(a, selections: selections, last: last).lexicographicallyPrecedes(
                rank(b, selections: selections, last: last))
        }
        // One fix per set of keys: "set x = 8" and "set x = 9" are the same advice.
        var keySets = Set<[String]>()
        let ranked = Array(
            fixes.sorted(by: order).filter { fix in
                keySets.insert(fix.edits.map { "\($0.section).\($0.key)" }.sorted()).inserted
            }
            .prefix(limit))
        guard ranked.isEmpty else { return Outcome(fixes: ranked, partial: [], unfixable: [], exhausted: false) }
        let partial = repairs.keys.sorted().compactMap { code in
            repairs[code]?.sorted(by: order).first.map { (code, $0) }
        }
        let unfixable = baselineErrors.subtracting(repairs.keys).sorted()
        return Outcome(
            fixes: [], partial: partial, unfixable: unfixable, exhausted: allowance.isExhausted && partial.isEmpty)
    }

    /// Verified fixes made of two of the `promising` single edits (on different keys).
    private func pairs(
        of promising: [Edit], selections: Selections, validator: Validator, allowance: inout Allowance
    ) -> [Fix] {
        var fixes: [Fix] = []
        for (index, first) in promising.enumerated() {
            for second in promising.dropFirst(index + 1)
            where second.section != first.section || second.key != first.key {
                guard allowance.take() else { return fixes }
                let result = validator.validate(apply([first, second], to: selections))
                if !result.diagnostics.hasErrors {
                    fixes.append(Fix(edits: [first, second], remainingWarnings: Self.warnings(result)))
                }
            }
        }
        return fixes
    }

    static func warnings(_ result: ValidationResult) -> Int {
        result.diagnostics.filter { $0.severity == .warning }.count
    }

    /// Lower is better: fewer edits, more of last year's values kept, fewer warnings, smaller numeric moves.
    private func rank(_ fix: Fix, selections: Selections, last: Selections?) -> [Int] {
        let fromLast = fix.edits.filter { edit in last.map { Self.value(of: edit, in: $0) == edit.value } ?? false }
            .count
        let distance = fix.edits.reduce(0) { total, edit in
            guard case .integer(let new) = edit.value, case .integer(let old)? = current(edit, in: selections) else {
                return Self.saturatingSum(total, 1)
            }
            return Self.saturatingSum(total, Self.distance(new, old))
        }
        return [fix.edits.count, -fromLast, fix.remainingWarnings, distance]
    }

    /// How far apart two integers are, `Int.max` when the gap does not fit in 64 bits.
    static func distance(_ a: Int, _ b: Int) -> Int {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? Int.max : Int(clamping: difference.magnitude)
    }

    /// `a + b` for non-negative numbers, stopping at `Int.max`.
    static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    static func value(of edit: Edit, in selections: Selections) -> RuleValue? {
        guard let choice = selections.choices[edit.section] else { return nil }
        switch edit.key {
        case "option": return choice.options.first.map { .string($0.value) }
        case "options": return .list(choice.options.map { .string($0.value) })
        default: return choice.parameters[edit.key]?.value
        }
    }

    /// The value in force: set in the file, or else the menu's default.
    func current(_ edit: Edit, in selections: Selections) -> RuleValue? {
        Self.value(of: edit, in: selections) ?? edition.section(edit.section)?.parameter(edit.key)?.defaultValue
    }

    /// `selections` with the edits applied (spans of changed values point at the section's table).
    public func apply(_ edits: [Edit], to selections: Selections) -> Selections {
        var result = selections
        for edit in edits {
            var choice =
                result.choices[edit.section] ?? .init(options: [], usedDefault: false, parameters: [:], span: nil)
            let span = choice.span ?? selections.document.span(0..<0)
            switch (edit.key, edit.value) {
            case ("option", .string(let id)):
                choice.options = [.init(value: id, span: span)]
                choice.usedDefault = false
            case ("options", .list(let items)):
                choice.options = items.compactMap { item in
                    if case .string(let id) = item { return .init(value: id, span: span) }
                    return nil
                }
                choice.usedDefault = false
            default:
                choice.parameters[edit.key] = .init(value: edit.value, span: span)
            }
            result.choices[edit.section] = choice
        }
        return result
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The value as it would be written in TOML.
    public static func tomlLiteral(_ value: RuleValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .string(let text): quoted(text)
        case .date(let date): date.description
        case .list(let items): "[" + items.map(tomlLiteral).joined(separator: ", ") + "]"
        case .record: "{...}"
        }
    }
}
