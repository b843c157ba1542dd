/// The names an edition's expressions may use, with their types: facts, section choices, parameters and
/// derived values (`facts.members`, `governance.option`, `governance.meetings_per_year`, `quorum`).
///
/// Names are dotted. A path longer than a declared name reads fields from it: with `facts.branch`
/// declared as a list of records, `facts.branch.members` is the list of every branch's `members`.
public struct RuleSchema: Sendable, Hashable {
    /// One declared name.
    public struct Entry: Sendable, Hashable {
        /// Its type.
        public var type: RuleType
        /// A short note for messages, e.g. "the option chosen in section 'governance'".
        public var note: String?

        /// Creates an entry.
        public init(type: RuleType, note: String? = nil) {
            self.type = type
            self.note = note
        }
    }

    private var entries: [String: Entry]

    /// An empty schema.
    public init() {
        entries = [:]
    }

    /// A schema declaring each `(name, type)` pair.
    public init(_ names: [(String, RuleType)]) {
        entries = [:]
        for (name, type) in names { declare(name, type) }
    }

    /// Makes room for `count` names in all, so declaring them does not rehash the names already declared.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Declares `name` with `type` (replacing any earlier declaration of the same name).
    public mutating func declare(_ name: String, _ type: RuleType, note: String? = nil) {
        entries[name] = Entry(type: type, note: note)
    }

    /// The type of `name`, if declared.
    public func type(of name: String) -> RuleType? { entries[name]?.type }

    /// The entry for `name`, if declared.
    public subscript(name: String) -> Entry? { entries[name] }

    /// The note for `name`, if any.
    public func note(for name: String) -> String? { entries[name]?.note }

    /// Every declared name, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// The number of declared names.
    public var count: Int { entries.count }

    /// The unsorted names, for suggestions.
    var unsortedNames: Dictionary<String, Entry>.Keys { entries.keys }
}
