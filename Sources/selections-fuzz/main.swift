import Diagnostics
import LoaderFuzzSupport
import Rulebook

// libFuzzer entry point for the selections loader and everything after it: each input is read as a CLP's
// selections file against the shipped 2019 edition (loaded, and its digest worked out, once), evaluated and
// checked: every diagnostic in the file lies inside it, and an invalid year has an error. The first few
// diagnostics are rendered for every input; the seeds and one input in 32 (``FuzzDepth``, by a hash of the
// input, so a crash reproduces) have all of them rendered and, when their selections load, are built into
// draft standing orders rendered in one of the three formats (by the input's length), checking that no markup
// reaches the HTML. `.ci/fuzz-loaders selections SECONDS` builds and runs it (docs/reliability.md). The fix
// search is left out: its time budget (300 ms) would dominate every run; `FixSearchExtremesTests` drives it
// with extreme values instead.
//
// Built without `--sanitize=fuzzer` this is an ordinary executable that does nothing.
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The edition every input is read against: `$CLPCONF_FUZZ_EDITION`, or `menus/2019` under the current folder.
private let edition: Edition? = {
    let folder = ProcessInfo.processInfo.environment["CLPCONF_FUZZ_EDITION"] ?? "menus/2019"
    return FuzzEditionFiles.load(folder)
}()

/// The edition's digest, worked out once rather than by every evaluation that shows it.
private let digest = edition.map(EditionDigest.compute)

/// The files `.ci/fuzz-loaders` seeds the corpus with: `examples/*.toml` and `menus/*/example.toml`.
private let seeds = FuzzSeeds(paths: FuzzEditionFiles.seedPaths())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelections(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let edition else { preconditionFailure("cannot load the edition: run from the repository root") }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let depth = FuzzDepth(bytes, seeds: seeds)
    let text = SelectionsText(bytes: bytes, path: "fuzz.toml")
    let evaluator = YearEvaluator(edition: edition, digest: digest, searchesFixes: false)
    guard let year = try? evaluator.evaluate(text) else { return 0 }
    for diagnostic in year.diagnostics {
        guard let location = diagnostic.location, location.file == "fuzz.toml" else { continue }
        precondition(location.range.lowerBound >= 0 && location.range.upperBound <= size, "range outside the input")
    }
    precondition(year.isValid || year.diagnostics.hasErrors, "invalid without an error")
    let shown = depth.isFull ? year.diagnostics : Array(year.diagnostics.prefix(FuzzDepth.renderedDiagnostics))
    _ = TextDiagnosticRenderer(sources: SourceStore([year.text.document.source])).render(shown)
    guard depth.isFull, year.selections != nil else { return 0 }
    // One format per input, chosen by its length, keeps each run short; over a run all three are exercised.
    let document = StandingOrdersBuilder(year).build(draft: true).document()
    let format = DocumentFormat.allCases[size % DocumentFormat.allCases.count]
    let rendered = format.render(document)
    if format == .html { precondition(!rendered.contains("<script"), "markup from the input reached the HTML") }
    return 0
}
