import RuleLanguage

/// The tables of the standing orders: a menu's schedules under their clauses (the General Committee's
/// delegates branch by branch), the values worked out for the year, and the officers elected.
extension StandingOrdersBuilder {
    /// The menu schedules printed under `clause` whose condition holds this year.
    func schedules(under clause: Clause, evaluator: RuleEvaluator) -> [StandingOrders.Table] {
        year.edition.allSchedules.filter { $0.clause == clause.id && $0.section == clause.section }.compactMap {
            table($0, evaluator: evaluator)
        }
    }

    private func table(_ schedule: Schedule, evaluator: RuleEvaluator) -> StandingOrders.Table? {
        if let when = schedule.when, evaluator.evaluate(when.expression).boolean != true { return nil }
        guard case .list(let items)? = evaluator.evaluate(schedule.rows.expression).value else { return nil }
        let owner = schedule.rows.expression.pathName ?? schedule.rows.text
        var rows: [[String]] = []
        var totals = Array(repeating: 0, count: schedule.columns.count)
        var totalsOverflowed = false
        for item in items {
            guard case .record(let record) = item else { continue }
            var row: [String] = []
            for (index, column) in schedule.columns.enumerated() {
                let evaluation = evaluator.evaluate(column.value.expression, in: record, owner: owner)
                guard let value = evaluation.value else {
                    row.append("(not known)")
                    continue
                }
                row.append(RuleValueFormatter.text(value))
                if column.total, case .integer(let number) = value {
                    let (sum, overflow) = totals[index].addingReportingOverflow(number)
                    totals[index] = sum
                    totalsOverflowed = totalsOverflowed || overflow
                }
            }
            rows.append(row)
        }
        if !rows.isEmpty, schedule.columns.contains(where: \.total), !totalsOverflowed {
            rows.append(
                schedule.columns.enumerated().map { index, column in
                    column.total ? String(totals[index]) : index == 0 ? "Total" : ""
                })
        }
        return StandingOrders.Table(
            id: schedule.id, title: schedule.title, header: schedule.columns.map(\.title), rows: rows,
            emptyText: schedule.empty, cite: schedule.cite)
    }

    /// Every derived value the year computed: what it is, its value, and what it was worked out from.
    func derivedSchedule() -> StandingOrders.Table {
        let rows = year.derived.map { result in
            [
                result.definition.title, result.value.map(RuleValueFormatter.text) ?? "(not known)",
                result.because ?? result.inputsText(in: year.edition, bindings: year.bindings),
            ]
        }
        return StandingOrders.Table(
            id: "worked_out", title: "Values worked out for this year",
            header: ["Value", "This year", "Worked out from"],
            rows: rows, emptyText: "This edition works out no values.", cite: nil)
    }

    /// The officers elected at the AGM, in the edition's order of posts.
    func officersSchedule() -> StandingOrders.Table {
        let officers = year.selections?.officers ?? []
        var rows: [[String]] = []
        for post in year.edition.posts {
            for officer in officers where officer.post == post.id {
                rows.append([post.title, officer.name, officer.jobShare ? "job share" : ""])
            }
        }
        let known = Set(year.edition.posts.map(\.id))
        for officer in officers where !known.contains(officer.post) {
            rows.append([officer.post, officer.name, officer.jobShare ? "job share" : ""])
        }
        return StandingOrders.Table(
            id: "officers", title: "Officers elected at the AGM", header: ["Post", "Name", "Notes"], rows: rows,
            emptyText: "No officers are recorded in the selections file.", cite: nil)
    }
}
