import Rulebook

/// A list of records the page edits as a whole: a fact declared `type = "list"` (`facts.branch`,
/// `facts.affiliate`) with the fields its `[[fact.field]]` tables declare, or the `[[officers]]` the AGM
/// elected, whose post is one of the edition's `[[post]]` ids. What the API accepts in a list change.
struct RecordList: Sendable, Hashable {
    /// The kind of value a field holds, as the page asks for it.
    enum Kind: Sendable, Hashable {
        case text
        case integer(ClosedRange<Int>?)
        case boolean
        case date
        /// One of a closed set of ids, each with the title the page shows.
        case choice([Choice])
    }

    /// One id of a closed set and its title.
    struct Choice: Sendable, Hashable {
        var id: String
        var title: String
    }

    /// One field of the list's records.
    struct Field: Sendable, Hashable {
        var id: String
        var title: String
        var kind: Kind
        /// Whether the engine reports a record without it.
        var required: Bool
    }

    /// The most records one list change may hold.
    static let maxRecords = 500
    /// The most characters a text field may hold.
    static let maxTextLength = 500

    /// The list's path in the file: `officers`, `facts.branch`.
    var path: [String]
    /// What the page calls the list.
    var title: String
    /// What the page calls one record: "branch", "officer".
    var noun: String
    var fields: [Field]

    /// The dotted path, as changes and problems name the list.
    var name: String { path.joined(separator: ".") }

    /// The edition's lists: its list facts (those whose fields are all plain values) in order, then the
    /// officers.
    static func all(in edition: Edition) -> [RecordList] {
        var lists: [RecordList] = []
        for fact in edition.facts {
            guard case .list(let definitions) = fact.kind else { continue }
            var fields: [Field] = []
            for definition in definitions {
                guard let kind = kind(of: definition.kind) else { break }
                fields.append(Field(id: definition.id, title: title(definition), kind: kind, required: true))
            }
            guard fields.count == definitions.count else { continue }
            lists.append(RecordList(path: ["facts", fact.id], title: fact.title, noun: noun(fact.id), fields: fields))
        }
        lists.append(officers(posts: edition.posts))
        return lists
    }

    /// `[[officers]]`: the fields the selections loader reads (`post`, `name` and `woman` required).
    static func officers(posts: [NamedItem]) -> RecordList {
        let choices = posts.map { Choice(id: $0.id, title: $0.title) }
        return RecordList(
            path: ["officers"], title: "Officers elected at the AGM", noun: "officer",
            fields: [
                Field(id: "post", title: "Post", kind: choices.isEmpty ? .text : .choice(choices), required: true),
                Field(id: "name", title: "Name", kind: .text, required: true),
                Field(id: "woman", title: "A woman", kind: .boolean, required: true),
                Field(id: "job_share", title: "Shares the post", kind: .boolean, required: false),
                Field(id: "union_member", title: "Union member", kind: .boolean, required: false),
            ])
    }

    /// The field `id`, if the list has one.
    func field(_ id: String) -> Field? {
        fields.first { $0.id == id }
    }

    private static func kind(of kind: FactDefinition.Kind) -> Kind? {
        switch kind {
        case .integer(let range): .integer(range)
        case .boolean: .boolean
        case .string: .text
        case .date: .date
        case .list: nil
        }
    }

    /// The menu's title, or the id in words when the menu gives none (`women_officers` → "Women officers").
    private static func title(_ definition: FactDefinition) -> String {
        guard definition.title == definition.id else { return definition.title }
        let words = definition.id.replacing("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A record's noun from the fact's id, which the menus write in the singular (`branch`).
    private static func noun(_ id: String) -> String {
        id.replacing("_", with: " ")
    }
}
