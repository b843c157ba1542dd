import Diagnostics
import RuleLanguage

/// A table in the standing orders (`[[schedule]]` in a section file): one row per record of a list (each
/// branch, each affiliate), one column per expression worked out with that record's fields in scope.
/// Shown under its clause, when the clause is shown and `when` holds.
public struct Schedule: Sendable {
    /// One column: a heading and the value worked out for each row.
    public struct Column: Sendable {
        public var title: String
        public var value: CompiledExpression
        /// Whether a total row adds this (integer) column up.
        public var total: Bool
    }

    public var id: String
    public var title: String
    public var section: String?
    /// The clause it is printed under.
    public var clause: String
    public var when: CompiledExpression?
    /// A list of records: the rows.
    public var rows: CompiledExpression
    public var columns: [Column]
    /// Shown instead of the table when there are no rows.
    public var empty: String?
    public var cite: String?
    public var span: SourceSpan
}
