import Diagnostics
// Reads TOML on standard input and prints toml-test's tagged JSON on standard output.
//
// Valid input: the JSON, exit status 0. Invalid input: the diagnostics on standard error, exit status 1.
// Used by ../shared/tools/toml-conformance (see docs/reliability.md).
@preconcurrency import Glibc
import TOML

let input = StandardInput.readAll()
let result = TOMLParser.parse(bytes: input, path: "<stdin>")
if result.isValid {
    print(TaggedJSON.table(result.document.root).rendered())
    exit(0)
} else {
    let renderer = TextDiagnosticRenderer(sources: SourceStore([result.document.source]))
    fputs(renderer.render(result.diagnostics), stderr)
    exit(1)
}
