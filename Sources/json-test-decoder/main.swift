import Diagnostics
// Reads JSON on standard input and prints it again as JSON on standard output.
//
// Valid input: the JSON (compact, members in the order read), exit status 0. Invalid input: the diagnostics
// on standard error, each with file:line:col and a caret, exit status 1. Used by
// ../shared/tools/json-conformance (see docs/reliability.md).
//
//   json-test-decoder [--keep-duplicate-keys]
//
// By default a repeated key in an object is an error (J107), as it is for every JSON file clpconf reads.
// `--keep-duplicate-keys` keeps every member instead, as RFC 8259 allows and JSONTestSuite's
// y_object_duplicated_key* cases expect; `.ci/run` passes it to the conformance suite.
@preconcurrency import Glibc
import JSON

let arguments = CommandLine.arguments.dropFirst()
guard arguments.allSatisfy({ $0 == "--keep-duplicate-keys" }) else {
    fputs("usage: json-test-decoder [--keep-duplicate-keys] < file.json\n", stderr)
    exit(2)
}
let duplicateKeys: JSONDuplicateKeys = arguments.isEmpty ? .reject : .keep
let result = JSONParser.parse(bytes: StandardInput.readAll(), path: "<stdin>", duplicateKeys: duplicateKeys)
let renderer = TextDiagnosticRenderer(sources: SourceStore([result.source]))
guard result.isValid, let document = result.document else {
    fputs(renderer.render(result.diagnostics), stderr)
    exit(1)
}
do {
    print(try JSONWriter().write(document.root))
    exit(0)
} catch {
    fputs(renderer.render([error.diagnostic(at: document.span(error.range))]), stderr)
    exit(1)
}
