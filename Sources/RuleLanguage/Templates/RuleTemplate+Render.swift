import Diagnostics

extension RuleTemplate {
    /// The most text one rendering produces, in UTF-8 bytes (64 KB); longer text is cut and ends with
    /// ``BoundedText/marker``, so nested `{{#each}}` over long lists cannot build megabytes.
    public static let maximumOutput = BoundedText.defaultLimit
    /// The most template nodes one rendering visits; past it the text is cut the same way, so deeply
    /// nested `{{#each}}` that writes little still ends quickly.
    public static let maximumSteps = 250_000
}

extension RuleEvaluator {
    /// Renders a template as plain text against ``bindings``.
    ///
    /// Values are formatted by ``RuleValueFormatter/text(_:)``. Nothing is escaped: the document writer
    /// escapes for HTML or Markdown. The text is bounded by ``RuleTemplate/maximumOutput`` and
    /// ``RuleTemplate/maximumSteps``; past either it is cut and ends with ``BoundedText/marker``.
    ///
    /// - Returns: The text, or the first evaluation error (located in the template's source).
    public func render(_ template: RuleTemplate) -> Result<String, RuleEvaluationError> {
        var walk = RuleEvaluationWalk(bindings: bindings, tracesReads: false)
        var output = TemplateOutput()
        do throws(RuleEvaluationError) {
            try walk.render(template.nodes, into: &output)
            return .success(output.text.text)
        } catch {
            return .failure(error)
        }
    }
}

/// The output of one rendering, with its bounds on size and work.
struct TemplateOutput {
    var text = BoundedText(limit: RuleTemplate.maximumOutput)
    var steps = 0

    /// Whether rendering should stop: the text is full, or the work ran out (which cuts the text).
    mutating func isDone() -> Bool {
        steps += 1
        if steps > RuleTemplate.maximumSteps { text.cut() }
        return text.isFull
    }
}

extension RuleEvaluationWalk {
    mutating func render(_ nodes: [RuleTemplate.Node], into output: inout TemplateOutput) throws(RuleEvaluationError) {
        for node in nodes {
            if output.isDone() { return }
            switch node {
            case .text(let text):
                output.text.append(text)
            case .value(let expression):
                output.text.append(RuleValueFormatter.text(try value(of: expression)))
            case .when(let condition, let then, let otherwise):
                try render(try boolean(condition, for: "{{#when}}") ? then : otherwise, into: &output)
            case .each(let listExpression, let body, let otherwise):
                let items = try list(listExpression, for: "{{#each}}")
                if items.isEmpty { try render(otherwise, into: &output) }
                let owner = listExpression.pathName ?? "the list"
                for item in items {
                    guard case .record(let record) = item else {
                        throw RuleEvaluationError(
                            .wrongTypes(operation: "{{#each}}", expected: "a list of records", found: [item.typeName]),
                            at: listExpression.range)
                    }
                    if output.isDone() { return }
                    scopes.append(Scope(record: record, owner: owner))
                    defer { scopes.removeLast() }
                    try render(body, into: &output)
                }
            }
        }
    }
}
