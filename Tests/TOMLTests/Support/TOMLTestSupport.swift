import Diagnostics
import TOML
import TestSupport
import Testing

/// Helpers shared by the TOML tests. They take `sourceLocation` so failures point at the caller.
enum TOMLTestSupport {
    static let path = "test.toml"

    static func parse(_ text: String) -> TOMLParseResult {
        TOMLParser.parse(text, path: path)
    }

    static func parse(bytes: [UInt8]) -> TOMLParseResult {
        TOMLParser.parse(bytes: bytes, path: path)
    }

    /// Parses text that must be valid and returns its root table.
    static func valid(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TOMLTable {
        let result = parse(text)
        #expect(result.diagnostics.isEmpty, "\(render(result))", sourceLocation: sourceLocation)
        return result.document.root
    }

    /// Parses text that must be invalid and returns its errors.
    static func errors(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        let result = parse(text)
        #expect(!result.isValid, "expected an error in: \(text)", sourceLocation: sourceLocation)
        CatalogueChecks.checkDeclared(result.diagnostics, in: TOMLCatalogue.all, sourceLocation: sourceLocation)
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
        #expect(first.code == code, "\(first.message)", sourceLocation: sourceLocation)
        if let offset {
            #expect(first.location?.range.lowerBound == offset, "\(first.message)", sourceLocation: sourceLocation)
        }
        return first
    }

    /// The value at a dotted path of plain keys.
    static func value(_ table: TOMLTable, _ path: String) -> TOMLValue? {
        var current = table
        let parts = path.split(separator: ".").map(String.init)
        for (index, part) in parts.enumerated() {
            guard let value = current[part] else { return nil }
            if index == parts.count - 1 { return value }
            guard let next = value.table else { return nil }
            current = next
        }
        return nil
    }

    /// The rendered text of all diagnostics, without colour.
    static func render(_ result: TOMLParseResult) -> String {
        TextDiagnosticRenderer(sources: SourceStore([result.document.source])).render(result.diagnostics)
    }

    /// The text of `range` in `source`.
    static func slice(_ source: String, _ range: Range<Int>) -> String {
        String(decoding: Array(source.utf8)[range], as: UTF8.self)
    }
}
