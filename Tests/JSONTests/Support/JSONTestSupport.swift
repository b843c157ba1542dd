import Diagnostics
import JSON
import TestSupport
import Testing

/// Helpers shared by the JSON tests. They take `sourceLocation` so failures point at the caller.
enum JSONTestSupport {
    static let path = "test.json"

    static func parse(_ text: String, limits: JSONLimits = .standard) -> JSONParseResult {
        JSONParser.parse(text, path: path, limits: limits)
    }

    static func parse(bytes: [UInt8], limits: JSONLimits = .standard) -> JSONParseResult {
        JSONParser.parse(bytes: bytes, path: path, limits: limits)
    }

    /// Parses text that must be valid and returns its root value.
    static func valid(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONNode? {
        let result = parse(text)
        #expect(result.isValid && result.diagnostics.isEmpty, "\(render(result))", sourceLocation: sourceLocation)
        return result.document?.root
    }

    /// Parses text that must be invalid and returns its errors, checking every code is declared.
    static func errors(
        _ text: String, limits: JSONLimits = .standard, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        errors(bytes: Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
    }

    static func errors(
        bytes: [UInt8], limits: JSONLimits = .standard, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        let result = parse(bytes: bytes, limits: limits)
        #expect(!result.isValid, "expected an error in: \(bytes.prefix(80))", sourceLocation: sourceLocation)
        CatalogueChecks.checkDeclared(result.diagnostics, in: JSONCatalogue.all, sourceLocation: sourceLocation)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location != nil, "\(diagnostic.message)", sourceLocation: sourceLocation)
        }
        return result.diagnostics.filter { $0.severity == .error }
    }

    /// The single error a text produces; checks its code and, if given, where it starts.
    @discardableResult
    static func singleError(
        _ text: String, code: String, at offset: Int? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let found = errors(text, sourceLocation: sourceLocation)
        #expect(found.count == 1, "\(found.map(\.message))", sourceLocation: sourceLocation)
        guard let first = found.first else { return nil }
        #expect(first.code == code, "\(first.code): \(first.message)", sourceLocation: sourceLocation)
        if let offset {
            #expect(first.location?.range.lowerBound == offset, "\(first.message)", sourceLocation: sourceLocation)
        }
        return first
    }

    /// The rendered text of all diagnostics, without colour.
    static func render(_ result: JSONParseResult) -> String {
        TextDiagnosticRenderer(sources: SourceStore([result.source])).render(result.diagnostics)
    }

    /// The text of `range` in `source`.
    static func slice(_ source: String, _ range: Range<Int>) -> String {
        String(decoding: Array(source.utf8)[range], as: UTF8.self)
    }

    /// The compact JSON text of a value.
    static func written(_ node: JSONNode?, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        guard let node else { return nil }
        do {
            return try JSONWriter().write(node)
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}
