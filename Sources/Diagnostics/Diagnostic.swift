/// One problem found in some input: what is wrong, where, why, and how to fix it.
///
/// The same value is produced by every stage (TOML, rule language, menu, selections) and rendered
/// as compiler-style text (``TextDiagnosticRenderer``) or JSON (``JSONDiagnosticRenderer``).
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A stable code such as `T101`; never reused for another meaning.
    public var code: String
    public var severity: Severity
    /// Lowercase, no trailing period, names in single quotes (STYLE rule 12).
    public var message: String
    /// The primary location; `nil` for problems that belong to no file (a missing file, say).
    public var location: SourceSpan?
    /// Further ranges to underline in the primary excerpt.
    public var highlights: [SourceSpan]
    /// Related places and remarks, shown below the primary excerpt.
    public var notes: [Note]
    /// Concrete changes that would fix the problem.
    public var fixIts: [FixIt]
    /// Where the rule comes from, e.g. "Rule Book 2019, Chapter 7, Clause VIII.2 (as reported)".
    public var citation: String?
    /// A longer explanation, printed last.
    public var explanation: String?
    /// The rule that was broken, as its author wrote it (a menu constraint's expression); shown only by
    /// `--format json` and `explain --verbose`, never in the default text.
    public var rule: String?
    /// The list of records (`officers`, `facts.branch`) the problem is about as a whole, when it is about no
    /// single record: a count over the list, or a record that none of them is (no one holds the chair). A
    /// page that shows each record's problems at its row shows these under the list instead.
    public var wholeList: String?

    public init(
        code: String,
        severity: Severity,
        message: String,
        location: SourceSpan?,
        highlights: [SourceSpan] = [],
        notes: [Note] = [],
        fixIts: [FixIt] = [],
        citation: String? = nil,
        explanation: String? = nil,
        rule: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.highlights = highlights
        self.notes = notes
        self.fixIts = fixIts
        self.citation = citation
        self.explanation = explanation
        self.rule = rule
    }

    /// A copy with one more note.
    public func adding(note: Note) -> Diagnostic {
        var copy = self
        copy.notes.append(note)
        return copy
    }

    /// A copy with one more fix-it.
    public func adding(fixIt: FixIt) -> Diagnostic {
        var copy = self
        copy.fixIts.append(fixIt)
        return copy
    }
}

/// A remark attached to a diagnostic, optionally pointing at a related place.
public struct Note: Sendable, Hashable, Codable {
    public var message: String
    public var location: SourceSpan?

    public init(_ message: String, at location: SourceSpan? = nil) {
        self.message = message
        self.location = location
    }
}

/// A suggested fix: a one-line summary plus the text edits that carry it out.
public struct FixIt: Sendable, Hashable, Codable {
    /// What the fix does, e.g. "set governance.meetings_per_year = 8".
    public var summary: String
    public var edits: [TextEdit]

    public init(_ summary: String, edits: [TextEdit] = []) {
        self.summary = summary
        self.edits = edits
    }
}

/// Replace the text in `span` with `replacement`.
public struct TextEdit: Sendable, Hashable, Codable {
    public var span: SourceSpan
    public var replacement: String

    public init(span: SourceSpan, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error (the input is invalid).
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line (offset), then code, so output is deterministic (STYLE rule 15).
    public func sortedForOutput() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let left = lhs.element
            let right = rhs.element
            let leftFile = left.location?.file ?? ""
            let rightFile = right.location?.file ?? ""
            if leftFile != rightFile { return leftFile < rightFile }
            let leftOffset = left.location?.range.lowerBound ?? -1
            let rightOffset = right.location?.range.lowerBound ?? -1
            if leftOffset != rightOffset { return leftOffset < rightOffset }
            if left.code != right.code { return left.code < right.code }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension Diagnostic {
    /// This diagnostic with the line and column of every span into `file` worked out (``SourceSpan/start``),
    /// so that it still says where it points once the file's text is let go.
    public func resolvingLocations(in file: SourceFile) -> Diagnostic {
        let converter = SourceLocationConverter(text: file.text)
        func resolve(_ span: SourceSpan) -> SourceSpan { span.file == file.path ? span.resolved(in: converter) : span }
        var diagnostic = self
        diagnostic.location = location.map(resolve)
        diagnostic.highlights = highlights.map(resolve)
        for index in diagnostic.notes.indices { diagnostic.notes[index].location = notes[index].location.map(resolve) }
        for index in diagnostic.fixIts.indices {
            for edit in diagnostic.fixIts[index].edits.indices {
                diagnostic.fixIts[index].edits[edit].span = resolve(fixIts[index].edits[edit].span)
            }
        }
        return diagnostic
    }
}
