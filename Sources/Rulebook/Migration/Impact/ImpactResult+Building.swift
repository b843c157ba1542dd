import Diagnostics

extension ImpactResult {
    /// Gathers the outcomes of ``ImpactAnalyzer`` for `draft` into groups, in a deterministic order whatever
    /// order the files were read in.
    public init(draft: Edition, outcomes: [ImpactAnalyzer.Outcome]) {
        draftID = draft.id
        draftTitle = draft.title
        var cases: [ImpactCase] = []
        var leftOut: [LeftOut] = []
        for outcome in outcomes {
            switch outcome {
            case .assessed(let assessed): cases.append(assessed)
            case .unreadable(let file, let reason): leftOut.append(LeftOut(file: file, reason: reason, codes: []))
            case .leftOut(let file, let diagnostics, _):
                let first = diagnostics.first { $0.severity == .error } ?? diagnostics.first
                leftOut.append(
                    LeftOut(
                        file: file, reason: first?.message ?? "it could not be read",
                        codes: Self.unique(diagnostics.filter { $0.severity == .error }.map(\.code))))
            }
        }
        let (kept, replaced) = Self.latestPerYear(cases)
        self.cases = kept
        self.leftOut = (leftOut + replaced).sorted { $0.file < $1.file }
        groups = Self.groups(self.cases, draft: draft)
        losses = Self.losses(self.cases)
    }

    /// One case per CLP and year, sorted: of two, the later AGM is kept (then the later report), as the
    /// compile keeps it; the other is listed as replaced.
    private static func latestPerYear(_ cases: [ImpactCase]) -> (kept: [ImpactCase], replaced: [LeftOut]) {
        var kept: [String: ImpactCase] = [:]
        var replaced: [LeftOut] = []
        for assessed in cases {
            let key = assessed.clp + "\u{0}" + (assessed.year.map { String($0) } ?? assessed.file)
            guard let other = kept[key] else {
                kept[key] = assessed
                continue
            }
            let later = Self.order(assessed) > Self.order(other) ? assessed : other
            let earlier = later.file == assessed.file ? other : assessed
            kept[key] = later
            replaced.append(
                LeftOut(
                    file: earlier.file, reason: "replaced by \(later.file), a later report of the same CLP and year",
                    codes: []))
        }
        let sorted = kept.values.sorted { ($0.clp, $0.year ?? 0, $0.file) < ($1.clp, $1.year ?? 0, $1.file) }
        return (sorted, replaced)
    }

    private static func order(_ assessed: ImpactCase) -> (String, String, String) {
        (assessed.agmDate ?? "", assessed.generatedAt ?? "", assessed.file)
    }

    private static func groups(_ cases: [ImpactCase], draft: Edition) -> [RuleGroup] {
        let constraints = Dictionary(draft.allConstraints.map { ($0.code, $0) }) { first, _ in first }
        var groups: [String: RuleGroup] = [:]
        var order: [String] = []
        for assessed in cases {
            for finding in assessed.findings {
                if groups[finding.code] == nil {
                    let constraint = constraints[finding.code]
                    order.append(finding.code)
                    groups[finding.code] = RuleGroup(
                        code: finding.code, severity: finding.severity,
                        title: constraint.map { BookletBuilder.plainTemplate($0.message.text) } ?? finding.message,
                        rule: constraint?.qualifiedID, citation: constraint?.cite ?? finding.citation, affected: [],
                        newlyInvalid: 0)
                }
                groups[finding.code]?.affected.append(
                    Affected(
                        clp: assessed.clp, year: assessed.year, file: assessed.file, message: finding.message,
                        fix: finding.fix, assessed: !finding.unassessed))
            }
            for code in Set(assessed.findings.filter { !$0.unassessed }.map(\.code)) where assessed.becomesInvalid {
                if groups[code]?.severity == .error { groups[code]?.newlyInvalid += 1 }
            }
        }
        return order.compactMap { groups[$0] }.sorted {
            (-Set($0.affected.map(\.file)).count, $0.code) < (-Set($1.affected.map(\.file)).count, $1.code)
        }
    }

    private static func losses(_ cases: [ImpactCase]) -> [Loss] {
        var losses: [String: Loss] = [:]
        for assessed in cases {
            for change in assessed.losses {
                let item = change.from ?? change.to ?? "?"
                let key = item + "\u{0}" + change.kind.rawValue
                losses[
                    key,
                    default: Loss(
                        item: item, kind: change.kind, reason: change.reason, replacement: change.replacement, clps: [])
                ]
                .clps.append(assessed.clp)
            }
        }
        return losses.values.sorted { (-$0.clps.count, $0.item) < (-$1.clps.count, $1.item) }
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }
    }
}
