import Diagnostics

/// Evaluation with one record's fields in scope, as inside `where`: for a menu table's columns, which are
/// worked out once per branch or affiliate.
extension RuleEvaluator {
    /// Evaluates `expression` with the fields of `record` readable by bare name.
    ///
    /// - Parameters:
    ///   - record: The row (one branch, one affiliate).
    ///   - owner: The list it came from, for messages (`facts.branch`).
    public func evaluate(_ expression: RuleExpression, in record: RuleRecord, owner: String) -> RuleEvaluation {
        var walk = RuleEvaluationWalk(bindings: bindings)
        walk.scopes.append(RuleEvaluationWalk.Scope(record: record, owner: owner))
        do throws(RuleEvaluationError) {
            let value = try walk.value(of: expression)
            return RuleEvaluation(result: .success(value), reads: walk.reads)
        } catch {
            return RuleEvaluation(result: .failure(error), reads: walk.reads)
        }
    }

    /// Renders a template like ``render(_:)`` and also lists the bound names it read, so a document can
    /// say which choices and settings produced the text.
    public func renderTracingReads(_ template: RuleTemplate) -> (
        result: Result<String, RuleEvaluationError>, reads: [String]
    ) {
        var walk = RuleEvaluationWalk(bindings: bindings)
        var output = TemplateOutput()
        do throws(RuleEvaluationError) {
            try walk.render(template.nodes, into: &output)
            return (.success(output.text.text), walk.reads)
        } catch {
            return (.failure(error), walk.reads)
        }
    }
}

extension RuleTypeChecker {
    /// Checks an expression evaluated once per record of a list, with the record's fields in scope.
    ///
    /// - Parameter record: The record type of the list's items.
    public func check(
        _ expression: RuleExpression, source: RuleSource, inScopeOf record: RecordType, expecting: RuleType? = nil
    ) -> (RuleType?, [Diagnostic]) {
        var walk = RuleTypeWalk(schema: schema, source: source, collectsReferences: false)
        walk.scopes.append(record)
        let type = walk.check(expression, expecting: expecting)
        return (type, walk.diagnostics)
    }
}
