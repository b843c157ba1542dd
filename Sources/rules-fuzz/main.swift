// libFuzzer entry point for the rule language: the expression parser, type checker, evaluator and
// explainer, and the template parser, checker and renderer, on the same input.
//
// Build and run (STYLE pitfall 10). `--sanitize=fuzzer` alone links libFuzzer but, with Swift 6.3.1, does not
// instrument the Swift modules for coverage ("no interesting inputs"), so ask for coverage explicitly:
//   swift build --product rules-fuzz --scratch-path .build-fuzz -c release --sanitize=fuzzer \
//     --sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
//   ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/rules-fuzz CORPUS -max_len=512 -max_total_time=60
// (or simply `.ci/fuzz-rules SECONDS`)
// (`-detect_leaks=0`: the schema and bindings below live for the whole process, which LeakSanitizer reports.)
// A plain `swift build` builds this as an ordinary executable that does nothing.
import Diagnostics
import RuleLanguage

private let officer = RecordType([("post", .string), ("name", .string), ("woman", .boolean), ("age", .integer)])

private let schema: RuleSchema = {
    var schema = RuleSchema([
        ("facts.members", .integer), ("facts.labour_mp", .boolean), ("officers", .list(.record(officer))),
        ("forums.options", .list(.choice(["womens_forum", "bame_forum"]))), ("agm.date", .date), ("quorum", .integer),
        ("clp.name", .string),
    ])
    schema.declare("governance.option", .choice(["delegate_gc", "all_member_meetings"]), note: "a choice")
    return schema
}()

private let bindings = RuleBindings([
    "facts.members": 812, "facts.labour_mp": true, "forums.options": ["womens_forum"], "quorum": 0,
    "clp.name": "Anytown", "governance.option": "delegate_gc",
    "officers": [.record(RuleRecord([("post", "chair"), ("name", "A"), ("woman", true), ("age", .integer(Int.max))]))],
])

@_cdecl("LLVMFuzzerTestOneInput")
public func ruleLanguageFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let source = RuleSource(text: text)
    let checker = RuleTypeChecker(schema: schema)
    let evaluator = RuleEvaluator(bindings: bindings)
    let (expression, _) = RuleParser.parse(source)
    if let expression {
        _ = checker.analyse(expression, source: source, expecting: .boolean)
        if evaluator.evaluate(expression).boolean == false {
            _ = evaluator.explainFailure(of: expression, source: source)
        }
        _ = RuleParser.parse(RuleSource(text: expression.description))
    }
    let (template, _) = RuleTemplate.parse(source)
    if let template {
        _ = checker.check(template, source: source)
        _ = evaluator.render(template)
    }
    return 0
}
