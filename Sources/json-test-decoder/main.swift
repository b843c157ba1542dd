import Diagnostics
// Reads JSON on standard input and prints it again as JSON on standard output.
//
// Valid input: the JSON (compact, members in the order read), exit status 0. Invalid input: the diagnostics
// on standard error, each with file:line:col and a caret, exit status 1. Used by
// ../shared/tools/json-conformance (see docs/reliability.md).
//
//   json-test-decoder [--reject-duplicate-keys]
//
// By default a repeated key keeps every member, as RFC 8259 allows and JSONTestSuite's
// y_object_duplicated_key* cases expect, so the conformance suite runs on the plain command.
// `--reject-duplicate-keys` makes a repeated key an error (J107) naming both places, as it is for every
// JSON file clpconf itself reads (reports).
@preconcurrency import Glibc
import JSON

let arguments = CommandLine.arguments.dropFirst()
guard arguments.allSatisfy({ $0 == "--reject-duplicate-keys" }) else {
    fputs("usage: json-test-decoder [--reject-duplicate-keys] < file.json\n", stderr)
    exit(2)
}
let duplicateKeys: JSONDuplicateKeys = arguments.isEmpty ? .keep : .reject
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
