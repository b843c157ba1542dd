/// One diagnostic code, declared once: its domain, severity, a one-line summary and a short documentation
/// paragraph (what it means, how to fix it).
///
/// Each module keeps every descriptor it can emit in one catalogue, and its message factories build each
/// ``Diagnostic`` through ``diagnostic(_:at:highlights:notes:fixIts:citation:explanation:)``, so a code's
/// severity is stated in one place and `clpconf explain CODE` and the docs read the same text.
public struct MessageDescriptor: Sendable, Hashable {
    /// A stable code such as `T120`: the domain's letter and three digits; never reused.
    public let code: String
    /// The part of clpconf that reports it.
    public let domain: DiagnosticDomain
    /// How serious every diagnostic with this code is.
    public let severity: Severity
    /// What the code means in one line: lowercase, no trailing period.
    public let summary: String
    /// A short paragraph: what the problem is and how to fix it.
    public let documentation: String

    /// Declares a code; call only from a module's catalogue.
    public init(
        _ code: String, _ domain: DiagnosticDomain, _ severity: Severity, summary: String, documentation: String
    ) {
        self.code = code
        self.domain = domain
        self.severity = severity
        self.summary = summary
        self.documentation = documentation
    }

    /// A diagnostic with this code and severity and the given wording.
    ///
    /// The message, notes, fix-it summaries and explanation are each bounded to
    /// ``BoundedText/defaultLimit`` bytes (then cut with ``BoundedText/marker``): they often quote input,
    /// and input can be megabytes long.
    public func diagnostic(
        _ message: String,
        at location: SourceSpan?,
        highlights: [SourceSpan] = [],
        notes: [Note] = [],
        fixIts: [FixIt] = [],
        citation: String? = nil,
        explanation: String? = nil,
        rule: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            code: code, severity: severity, message: BoundedText.bounded(message), location: location,
            highlights: highlights,
            notes: notes.map { Note(BoundedText.bounded($0.message), at: $0.location) },
            fixIts: fixIts.map { FixIt(BoundedText.bounded($0.summary), edits: $0.edits) },
            citation: citation.map { BoundedText.bounded($0) },
            explanation: explanation.map { BoundedText.bounded($0) }, rule: rule.map { BoundedText.bounded($0) })
    }
}
