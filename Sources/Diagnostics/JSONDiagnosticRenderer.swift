/// Renders diagnostics as JSON (`--format json`), with 1-based lines and columns resolved.
///
/// Schema `clpconf.diagnostics/1`, documented in `docs/formats.md`.
public struct JSONDiagnosticRenderer: Sendable {
    public var sources: SourceStore

    public init(sources: SourceStore) {
        self.sources = sources
    }

    /// The whole document: schema, counts and the sorted diagnostics.
    public func render(_ diagnostics: [Diagnostic], pretty: Bool = true) -> String {
        document(diagnostics).rendered(pretty: pretty) + "\n"
    }

    /// The document for `diagnostics`; `counted`, when given, is what the error and warning counts count
    /// (every diagnostic found, when `diagnostics` is what a ``DiagnosticCap`` kept of them).
    public func document(_ diagnostics: [Diagnostic], counting counted: [Diagnostic]? = nil) -> JSONValue {
        let sorted = diagnostics.sortedForOutput()
        let all = counted ?? diagnostics
        return .object([
            ("schema", .string("clpconf.diagnostics/1")),
            ("errors", .int(all.filter { $0.severity == .error }.count)),
            ("warnings", .int(all.filter { $0.severity == .warning }.count)),
            ("diagnostics", .array(sorted.map(value(of:)))),
        ])
    }

    public func value(of diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("code", .string(diagnostic.code)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("location", location(diagnostic.location)),
        ]
        if !diagnostic.highlights.isEmpty {
            members.append(("highlights", .array(diagnostic.highlights.map { location($0) })))
        }
        members.append(("notes", .array(diagnostic.notes.map(value(of:)))))
        members.append(("fixIts", .array(diagnostic.fixIts.map(value(of:)))))
        members.append(("citation", diagnostic.citation.map(JSONValue.string) ?? .null))
        members.append(("explanation", diagnostic.explanation.map(JSONValue.string) ?? .null))
        if let rule = diagnostic.rule { members.append(("rule", .string(rule))) }
        return .object(members)
    }

    private func value(of note: Note) -> JSONValue {
        .object([("message", .string(note.message)), ("location", location(note.location))])
    }

    private func value(of fixIt: FixIt) -> JSONValue {
        let edits = fixIt.edits.map { edit in
            JSONValue.object([("location", location(edit.span)), ("replacement", .string(edit.replacement))])
        }
        return .object([("summary", .string(fixIt.summary)), ("edits", .array(edits))])
    }

    private func location(_ span: SourceSpan?) -> JSONValue {
        guard let span else { return .null }
        var members: [(String, JSONValue)] = [("file", .string(span.file))]
        if let converter = sources.converter(span.file) {
            let start = converter.location(of: span.range.lowerBound)
            let end = converter.location(of: span.range.upperBound)
            members += [
                ("line", .int(start.line)), ("column", .int(start.column)),
                ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
            ]
        } else if let start = span.start {
            members += [("line", .int(start.line)), ("column", .int(start.column))]
        }
        members += [("offset", .int(span.range.lowerBound)), ("length", .int(span.range.count))]
        return .object(members)
    }
}
