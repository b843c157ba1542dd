import Diagnostics
import Rulebook

// libFuzzer entry point for the selections loader and everything after it: each input is read as a CLP's
// selections file against the shipped 2019 edition (loaded once), evaluated, built into standing orders
// and rendered (in one of the three formats, by the input's length); `.ci/fuzz-loaders selections SECONDS` builds and runs it
// (docs/reliability.md). The fix search is left out: its time budget (300 ms) would dominate every run;
// `FixSearchExtremesTests` drives it with extreme values instead.
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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelections(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let edition else { preconditionFailure("cannot load the edition: run from the repository root") }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = SelectionsText(bytes: bytes, path: "fuzz.toml")
    let evaluator = YearEvaluator(edition: edition, digest: digest, searchesFixes: false)
    guard let year = try? evaluator.evaluate(text) else { return 0 }
    for diagnostic in year.diagnostics {
        guard let location = diagnostic.location, location.file == "fuzz.toml" else { continue }
        precondition(location.range.lowerBound >= 0 && location.range.upperBound <= size, "range outside the input")
    }
    precondition(year.isValid || year.diagnostics.hasErrors, "invalid without an error")
    _ = TextDiagnosticRenderer(sources: SourceStore([year.text.document.source])).render(year.diagnostics)
    guard year.selections != nil else { return 0 }
    // One format per input, chosen by its length, keeps each run short; over a run all three are exercised.
    let document = StandingOrdersBuilder(year).build(draft: true).document()
    let format = DocumentFormat.allCases[size % DocumentFormat.allCases.count]
    let rendered = format.render(document)
    if format == .html { precondition(!rendered.contains("<script"), "markup from the input reached the HTML") }
    return 0
}

private let digest = edition.map(EditionDigest.compute)
