/// The items of an edition a migration map speaks of, by item id: sections (`planning`), options and
/// settings (`section.id`), officer posts (`posts.id`) and facts (`facts.id`), in the booklet's order.
public struct MigrationItems: Sendable {
    /// What kind of thing an item is.
    public enum Kind: String, Sendable, Hashable {
        case section, option, setting, post, fact
    }

    /// Every item id with its kind, in order.
    public let all: [(id: String, kind: Kind)]
    private let kinds: [String: Kind]

    public init(_ edition: Edition) {
        var all: [(id: String, kind: Kind)] = []
        for section in edition.sections {
            all.append((section.id, .section))
            all += section.options.map { (section.id + "." + $0.id, .option) }
            all += section.parameters.map { ($0.qualifiedName, .setting) }
        }
        all += edition.posts.map { ("posts." + $0.id, .post) }
        all += edition.facts.map { ("facts." + $0.id, .fact) }
        self.all = all
        var kinds: [String: Kind] = [:]
        for item in all where kinds[item.id] == nil { kinds[item.id] = item.kind }
        self.kinds = kinds
    }

    /// The kind of item `id`, or nil when the edition has no such item.
    public func kind(of id: String) -> Kind? { kinds[id] }

    public func contains(_ id: String) -> Bool { kinds[id] != nil }
}
