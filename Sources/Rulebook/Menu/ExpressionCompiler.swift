import Diagnostics
import RuleLanguage

/// Parses and type-checks menu expressions and templates against an edition's schema.
struct ExpressionCompiler: Sendable {
    let schema: RuleSchema

    func compile(_ source: RuleSource, expecting type: RuleType) -> (CompiledExpression?, [Diagnostic]) {
        let (parsed, parseProblems) = RuleParser.parse(source)
        guard let expression = parsed, !parseProblems.hasErrors else { return (nil, parseProblems) }
        let (checked, typeProblems) = RuleTypeChecker(schema: schema).check(expression, source: source, expecting: type)
        guard let checked, !typeProblems.hasErrors else { return (nil, parseProblems + typeProblems) }
        return (CompiledExpression(source: source, expression: expression, type: checked), parseProblems + typeProblems)
    }

    func compileTemplate(_ source: RuleSource) -> (CompiledTemplate?, [Diagnostic]) {
        let (parsed, parseProblems) = RuleTemplate.parse(source)
        guard let template = parsed, !parseProblems.hasErrors else { return (nil, parseProblems) }
        let typeProblems = RuleTypeChecker(schema: schema).check(template, source: source)
        guard !typeProblems.hasErrors else { return (nil, parseProblems + typeProblems) }
        return (CompiledTemplate(source: source, template: template), parseProblems + typeProblems)
    }
}
