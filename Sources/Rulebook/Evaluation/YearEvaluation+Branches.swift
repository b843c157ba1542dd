import RuleLanguage

/// The branches a year's file records (`[[facts.branch]]`), and the bindings a branch's own standing orders
/// are worked out with: the year's, and that branch's record as `branch.name`, `branch.members`, ….
extension YearEvaluation {
    /// Each branch's record, in the order the file lists them.
    public var branchRecords: [RuleRecord] {
        guard case .list(let items)? = bindings["facts.branch"] else { return [] }
        return items.compactMap { item in
            guard case .record(let record) = item else { return nil }
            return record
        }
    }

    /// The branches' names, in the order the file lists them.
    public var branchNames: [String] {
        branchRecords.compactMap { record in
            guard case .string(let name)? = record["name"] else { return nil }
            return name
        }
    }

    /// The record of the branch named exactly `name`, or nil.
    public func branchRecord(named name: String) -> RuleRecord? {
        branchRecords.first { $0["name"] == .string(name) }
    }

    /// The year's bindings with `branch.<field>` bound to each field of `record`.
    public func bindings(forBranch record: RuleRecord) -> RuleBindings {
        var bound = bindings
        for field in record.fields { bound.bind("branch." + field.name, field.value) }
        return bound
    }
}
