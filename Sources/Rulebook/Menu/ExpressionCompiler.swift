import Diagnostics
import RuleLanguage

/// Parses and type-checks menu expressions and templates against an edition's schema.
struct ExpressionCompiler: Sendable {
    let schema: RuleSchema

    /// Parses and checks `source`; with `record`, its fields are in scope by bare name (a schedule column).
    func compile(_ source: RuleSource, expecting type: RuleType?, inScopeOf record: RecordType? = nil) -> (
        CompiledExpression?, [Diagnostic]
    ) {
        let (parsed, parseProblems) = RuleParser.parse(source)
        guard let expression = parsed, !parseProblems.hasErrors else { return (nil, parseProblems) }
        let checker = RuleTypeChecker(schema: schema)
        let (checked, typeProblems) =
            if let record {
                checker.check(expression, source: source, inScopeOf: record, expecting: type)
            } else {
                checker.check(expression, source: source, expecting: type)
            }
        guard let checked, !typeProblems.hasErrors else { return (nil, parseProblems + typeProblems) }
        return (CompiledExpression(source: source, expression: expression, type: checked), parseProblems + typeProblems)
    }

    /// A schedule column: checked with one row's fields in scope.
    func compile(_ source: RuleSource, inScopeOf record: RecordType) -> (CompiledExpression?, [Diagnostic]) {
        compile(source, expecting: nil, inScopeOf: record)
    }

    func compileTemplate(_ source: RuleSource) -> (CompiledTemplate?, [Diagnostic]) {
        let (parsed, parseProblems) = RuleTemplate.parse(source)
        guard let template = parsed, !parseProblems.hasErrors else { return (nil, parseProblems) }
        let typeProblems = RuleTypeChecker(schema: schema).check(template, source: source)
        guard !typeProblems.hasErrors else { return (nil, parseProblems + typeProblems) }
        return (CompiledTemplate(source: source, template: template), parseProblems + typeProblems)
    }
}
