import Diagnostics

extension RuleTypeChecker {
    /// Checks a template: `{{#when}}` conditions must be yes/no, `{{#each}}` must go over a list of records
    /// (whose fields are then in scope by bare name), and every `{{value}}` must be showable as text (a
    /// scalar or a list of scalars).
    ///
    /// - Returns: Every problem found.
    public func check(_ template: RuleTemplate, source: RuleSource) -> [Diagnostic] {
        var walk = RuleTypeWalk(schema: schema, source: source, collectsReferences: false)
        walk.check(template.nodes)
        return walk.diagnostics
    }

    /// Checks a template and lists the schema names it reads.
    public func analyse(_ template: RuleTemplate, source: RuleSource) -> RuleCheckResult {
        var walk = RuleTypeWalk(schema: schema, source: source)
        walk.check(template.nodes)
        return RuleCheckResult(type: nil, diagnostics: walk.diagnostics, references: walk.references)
    }
}

extension RuleTypeWalk {
    mutating func check(_ nodes: [RuleTemplate.Node]) {
        for node in nodes {
            switch node {
            case .text:
                continue
            case .value(let expression):
                if let type = type(of: expression), !type.isShowable {
                    report(.unshowable(type), at: expression.range, notes: [note(for: expression)].compactMap { $0 })
                }
            case .when(let condition, let then, let otherwise):
                if let type = type(of: condition), type != .boolean {
                    report(.conditionNotBoolean("'{{#when}}'", found: type), at: condition.range)
                }
                check(then)
                check(otherwise)
            case .each(let list, let body, let otherwise):
                let type = type(of: list)
                if case .list(.record(let record))? = type {
                    scopes.append(record)
                    check(body)
                    scopes.removeLast()
                } else if let type {
                    report(.eachNeedsRecords(found: type), at: list.range, notes: [note(for: list)].compactMap { $0 })
                }
                check(otherwise)
            }
        }
    }
}
