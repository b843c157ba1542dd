extension RuleEvaluator {
    /// Renders a template as plain text against ``bindings``.
    ///
    /// Values are formatted by ``RuleValueFormatter/text(_:)``. Nothing is escaped: the document writer
    /// escapes for HTML or Markdown.
    ///
    /// - Returns: The text, or the first evaluation error (located in the template's source).
    public func render(_ template: RuleTemplate) -> Result<String, RuleEvaluationError> {
        var walk = RuleEvaluationWalk(bindings: bindings)
        var output = ""
        do throws(RuleEvaluationError) {
            try walk.render(template.nodes, into: &output)
            return .success(output)
        } catch {
            return .failure(error)
        }
    }
}

extension RuleEvaluationWalk {
    mutating func render(_ nodes: [RuleTemplate.Node], into output: inout String) throws(RuleEvaluationError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .value(let expression):
                output += RuleValueFormatter.text(try value(of: expression))
            case .when(let condition, let then, let otherwise):
                try render(try boolean(condition, for: "{{#when}}") ? then : otherwise, into: &output)
            case .each(let listExpression, let body, let otherwise):
                let items = try list(listExpression, for: "{{#each}}")
                if items.isEmpty { try render(otherwise, into: &output) }
                for item in items {
                    guard case .record(let record) = item else {
                        throw RuleEvaluationError(
                            .wrongTypes(operation: "{{#each}}", expected: "a list of records", found: [item.typeName]),
                            at: listExpression.range)
                    }
                    scopes.append(Scope(record: record, owner: listExpression.pathName ?? "the list"))
                    defer { scopes.removeLast() }
                    try render(body, into: &output)
                }
            }
        }
    }
}
