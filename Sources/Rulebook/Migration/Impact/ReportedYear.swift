/// What a secretary's report (schema `clpconf.report/1`) says a CLP's selections file held: who the CLP is,
/// the year, the facts, the choices and settings the file stated, and the approvals granted. Read back by
/// ``ReportedYearReader`` so that `clpconf impact` can carry a CLP to a draft edition from its report alone.
///
/// A report does not carry the officers' names or the AGM's votes, so a year rebuilt from it has none: rules
/// about who holds a post read the same (empty) list under both editions, and ``ImpactAnalyzer`` counts only
/// what the draft changes.
public struct ReportedYear: Sendable, Hashable {
    /// A value as the report wrote it, before the edition says what type it is.
    public indirect enum Value: Sendable, Hashable {
        case integer(Int64)
        case boolean(Bool)
        case text(String)
        /// A list fact: one record per entry, each field in the report's order.
        case records([[Field]])
    }

    /// One field of a list fact's record.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: Value
    }

    /// A fact the file stated (facts the report marks as defaults are left out).
    public struct Fact: Sendable, Hashable {
        public var id: String
        public var value: Value
    }

    /// One section's choice, when the file stated it.
    public struct Choice: Sendable, Hashable {
        public var section: String
        public var options: [String]
    }

    /// A setting the file stated: `section.parameter` and its value.
    public struct Setting: Sendable, Hashable {
        public var name: String
        public var value: Value
    }

    /// An approval the report lists as granted.
    public struct Approval: Sendable, Hashable {
        public var approves: String
        public var by: String
        /// `YYYY-MM-DD`.
        public var date: String
        public var reference: String?
    }

    /// The report file, as given.
    public var file: String
    public var editionID: String
    public var clp: String
    public var region: String?
    public var year: Int64
    /// `YYYY-MM-DD`, or nil.
    public var agmDate: String?
    /// When the report was made (`generator.generatedAt`), to tell two reports of one year apart.
    public var generatedAt: String
    /// The codes of the errors the report gave, each once: the CLP's own check, officers and votes included.
    public var errorCodes: [String]
    public var facts: [Fact]
    public var choices: [Choice]
    public var settings: [Setting]
    public var approvals: [Approval]
}
