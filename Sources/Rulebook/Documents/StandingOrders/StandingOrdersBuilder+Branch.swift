import RuleLanguage

/// A branch's own standing orders (`clpconf build --branch NAME`): the edition's branch clauses
/// (`scope = "branch"`), worked out with the year's values and that branch's record (`branch.name`,
/// `branch.members`, …), grouped into parts by their `branch_part` in the order the parts first appear, and
/// numbered and cross-referenced like the CLP's.
extension StandingOrdersBuilder {
    /// The standing orders of the branch the file records under exactly `name`, or nil when it records none
    /// of that name (``YearEvaluation/branchNames`` lists those it does); `draft` as for ``build(draft:)``.
    public func buildBranch(named name: String, draft: Bool = false) -> StandingOrders? {
        guard let record = year.branchRecord(named: name) else { return nil }
        let evaluator = RuleEvaluator(bindings: year.bindings(forBranch: record))
        var parts: [StandingOrders.Part] = []
        for clause in year.edition.allBranchClauses {
            guard let title = clause.branchPart, let provision = provision(clause, evaluator: evaluator) else {
                continue
            }
            if let index = parts.firstIndex(where: { $0.title == title }) {
                parts[index].provisions.append(provision)
            } else {
                parts.append(StandingOrders.Part(id: title, number: 0, title: title, provisions: [provision]))
            }
        }
        let titles = Dictionary(
            year.edition.allBranchClauses.map { (Self.key($0), $0.title) }, uniquingKeysWith: { first, _ in first })
        var identity = identity()
        identity.branch = name
        return StandingOrders(
            identity: identity, parts: ClauseNumbering.number(parts, titles: titles), schedules: [],
            problems: draft ? problemLines() : [], isDraft: draft || !year.isValid)
    }
}
