// libFuzzer entry point for the edition loader and linter: each input is a whole edition, its files
// separated by lines `#---- sections/NAME.toml` (a TOML comment, so a seed is still TOML); the first part is
// `edition.toml`. The loader must never trap, every diagnostic must point inside the file it names, and a
// loaded edition must lint. The first few diagnostics are rendered for every input; the seed and one input
// in 32 (``FuzzDepth``, by a hash of the input, so a crash reproduces) have all of them rendered and, when
// the edition loads, build its digest and print its booklet. `.ci/fuzz-loaders edition SECONDS` builds and
// runs it (docs/reliability.md).
//
// Built without `--sanitize=fuzzer` this is an ordinary executable that does nothing.
import Diagnostics
import LoaderFuzzSupport
import Rulebook

/// The file `.ci/fuzz-loaders` seeds the corpus with.
private let seeds = FuzzSeeds(paths: [".ci/fuzz-seeds/mini-edition.toml"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdition(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let depth = FuzzDepth(bytes, seeds: seeds)
    let files = EditionSplitter.split(bytes)
    guard let header = files.first else { return 0 }
    let source = EditionSource(folderName: "fuzz", edition: header, sections: Array(files.dropFirst()))
    let result = EditionLoader.load(source)
    let sizes = Dictionary(files.map { ($0.path, $0.bytes.count) }, uniquingKeysWith: { first, _ in first })
    for diagnostic in result.diagnostics {
        for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
            guard let location, let limit = sizes[location.file] else { continue }
            precondition(location.range.lowerBound >= 0 && location.range.upperBound <= limit, "range outside its file")
        }
    }
    let shown = depth.isFull ? result.diagnostics : Array(result.diagnostics.prefix(FuzzDepth.renderedDiagnostics))
    _ = TextDiagnosticRenderer(sources: SourceStore(result.files)).render(shown)
    guard let edition = result.edition else { return 0 }
    _ = MenuLinter(edition: edition).lint()
    guard depth.isFull else { return 0 }
    _ = EditionDigest.compute(edition)
    _ = HTMLRenderer().render(BookletBuilder(edition: edition).build())
    return 0
}
