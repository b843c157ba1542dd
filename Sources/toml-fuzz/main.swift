// libFuzzer entry point for the TOML reader; `.ci/fuzz-toml SECONDS` builds and runs it (docs/reliability.md).
//
// Built without `--sanitize=fuzzer` this is an ordinary executable that does nothing, so a plain
// `swift build` still compiles it.
import Diagnostics
import TOML

/// Parses one input, renders its diagnostics, and checks that every reported range lies inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOMLReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let result = TOMLParser.parse(bytes: bytes, path: "fuzz.toml")
    for diagnostic in result.diagnostics {
        for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
            guard let range = location?.range else { continue }
            precondition(range.lowerBound >= 0 && range.upperBound <= size, "diagnostic range outside the input")
        }
    }
    precondition(result.isValid || result.diagnostics.contains { $0.location != nil }, "error without a location")
    _ = TextDiagnosticRenderer(sources: SourceStore([result.document.source])).render(result.diagnostics)
    checkRanges(result.document.root, size: size)
    return 0
}

/// Every key and value range, and every string's offset map, stays inside the input.
private func checkRanges(_ table: TOMLTable, size: Int) {
    for entry in table.entries {
        precondition(entry.keyRange.upperBound <= size, "key range outside the input")
        checkRanges(entry.value, size: size)
    }
}

private func checkRanges(_ value: TOMLValue, size: Int) {
    precondition(value.range.lowerBound >= 0 && value.range.upperBound <= size, "value range outside the input")
    switch value.kind {
    case .string(let text, let offsets):
        let count = text.utf8.count
        if count > 0 {
            let last = offsets.sourceOffset(count - 1)
            precondition(offsets.base >= 0 && last < size, "string offset map points outside the input")
        }
    case .array(let elements):
        for element in elements { checkRanges(element, size: size) }
    case .table(let table):
        checkRanges(table, size: size)
    default:
        break
    }
}
