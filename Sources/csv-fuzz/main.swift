// libFuzzer entry point for the CSV reader and writer; `.ci/fuzz-csv SECONDS` builds and runs it
// (docs/reliability.md).
//
// Built without `--sanitize=fuzzer` this is an ordinary executable that does nothing, so a plain
// `swift build` still compiles it.
import CSV
import Diagnostics

/// Parses one input (with small limits, so the limits are reached too), renders its diagnostics, checks that
/// every range lies inside the input and in order, that an invalid input has a located error, and that the
/// records read, written again, read back as the same texts (neutralised) and write the same bytes again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let limits = CSVLimits(maxDocumentBytes: 4_096, maxFieldBytes: 256, maxFieldsPerRecord: 64, maxErrors: 20)
    let result = CSVParser.parse(bytes: bytes, path: "fuzz.csv", limits: limits)
    for diagnostic in result.diagnostics {
        for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
            guard let range = location?.range else { continue }
            precondition(range.lowerBound >= 0 && range.upperBound <= size, "diagnostic range outside the input")
        }
    }
    precondition(result.isValid || result.diagnostics.contains { $0.location != nil }, "error without a location")
    precondition(result.diagnostics.count <= limits.maxErrors + 1, "errors not capped")
    _ = TextDiagnosticRenderer(sources: SourceStore([result.source])).render(result.diagnostics)
    checkRanges(result.document, size: size)
    _ = result.document.requireColumn(named: "CLP name")
    roundTrip(result.document.records.map(\.texts), lineEnding: size % 2 == 0 ? .crlf : .lf)
    return 0
}

/// Records follow each other, and each field lies inside its record.
private func checkRanges(_ document: CSVDocument, size: Int) {
    var last = 0
    for record in document.records {
        precondition(record.range.lowerBound >= last && record.range.upperBound <= size, "record out of order")
        precondition(!record.fields.isEmpty, "a record without fields")
        last = record.range.upperBound
        for field in record.fields {
            precondition(
                field.range.lowerBound >= record.range.lowerBound && field.range.upperBound <= record.range.upperBound,
                "field outside its record")
        }
    }
}

/// Written as text cells, the records read back as their neutralised texts, without a diagnostic when they
/// all have the header's number of fields; and writing what was read back gives the same bytes, since
/// neutralising text twice changes nothing.
private func roundTrip(_ records: [[String]], lineEnding: CSVWriter.LineEnding) {
    let writer = CSVWriter(lineEnding: lineEnding, byteOrderMark: records.count % 2 == 0)
    let text = writer.write(records.map { $0.map(CSVCell.text) })
    let again = CSVParser.parse(text, path: "again.csv")
    let read = again.document.records.map(\.texts)
    precondition(read == records.map { $0.map(CSVWriter.neutralised) }, "written CSV reads back as other texts")
    let rectangular = records.allSatisfy { $0.count == records.first?.count }
    precondition(!rectangular || again.diagnostics.isEmpty, "written CSV reads back with diagnostics")
    precondition(writer.write(read.map { $0.map(CSVCell.text) }) == text, "writing is not stable")
}
