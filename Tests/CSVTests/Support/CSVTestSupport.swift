import CSV
import Diagnostics
import TestSupport
import Testing

/// Helpers shared by the CSV tests. They take `sourceLocation` so failures point at the caller.
enum CSVTestSupport {
    static let path = "test.csv"

    static func parse(_ text: String, limits: CSVLimits = .standard) -> CSVParseResult {
        CSVParser.parse(text, path: path, limits: limits)
    }

    static func parse(bytes: [UInt8], limits: CSVLimits = .standard) -> CSVParseResult {
        CSVParser.parse(bytes: bytes, path: path, limits: limits)
    }

    /// Parses text that must be valid and returns each record's field texts.
    static func valid(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [[String]] {
        valid(bytes: Array(text.utf8), sourceLocation: sourceLocation)
    }

    static func valid(bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [[String]] {
        let result = parse(bytes: bytes)
        #expect(result.isValid && result.diagnostics.isEmpty, "\(render(result))", sourceLocation: sourceLocation)
        checkRanges(result, size: bytes.count, sourceLocation: sourceLocation)
        return result.document.records.map(\.texts)
    }

    /// The diagnostics of input that must be invalid, checking every code is declared and located.
    static func diagnostics(
        bytes: [UInt8], limits: CSVLimits = .standard, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        let result = parse(bytes: bytes, limits: limits)
        #expect(!result.isValid, "expected an error in: \(bytes.prefix(80))", sourceLocation: sourceLocation)
        checkRanges(result, size: bytes.count, sourceLocation: sourceLocation)
        return result.diagnostics
    }

    /// Each diagnostic of `text` as `CODE line:column`, the column counted in characters.
    static func located(
        _ text: String, limits: CSVLimits = .standard, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [String] {
        let found = diagnostics(bytes: Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
        let converter = SourceLocationConverter(text: text)
        return found.map { diagnostic in
            let location = converter.location(of: diagnostic.location?.range.lowerBound ?? -1)
            return "\(diagnostic.code) \(location.line):\(location.column)"
        }
    }

    /// Every record, field and diagnostic range lies inside the input, in order, and every diagnostic is
    /// located and declared.
    static func checkRanges(
        _ result: CSVParseResult, size: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var last = 0
        for record in result.document.records {
            #expect(record.range.lowerBound >= last && record.range.upperBound <= size, sourceLocation: sourceLocation)
            last = record.range.upperBound
            for field in record.fields {
                #expect(
                    record.range.contains(field.range.lowerBound) || field.range.lowerBound == record.range.upperBound,
                    sourceLocation: sourceLocation)
                #expect(field.range.upperBound <= record.range.upperBound, sourceLocation: sourceLocation)
            }
        }
        CatalogueChecks.checkDeclared(result.diagnostics, in: CSVCatalogue.all, sourceLocation: sourceLocation)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location != nil, "\(diagnostic.message)", sourceLocation: sourceLocation)
            for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
                guard let range = location?.range else { continue }
                #expect(range.lowerBound >= 0 && range.upperBound <= size, sourceLocation: sourceLocation)
            }
        }
    }

    /// The rendered text of all diagnostics, without colour.
    static func render(_ result: CSVParseResult) -> String {
        TextDiagnosticRenderer(sources: SourceStore([result.source])).render(result.diagnostics)
    }

    /// The text of `range` in `source`.
    static func slice(_ source: String, _ range: Range<Int>) -> String {
        String(decoding: Array(source.utf8)[range], as: UTF8.self)
    }
}
