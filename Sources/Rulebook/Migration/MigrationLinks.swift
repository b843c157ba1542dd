import Diagnostics

/// The links a newer edition's migration map draws from the older edition's items to its own, read from
/// ``Migration/changes`` (a rename or merge has a `to`, a retirement none). Two or more items going to the
/// same item, by one `[[migration.merge]]` or by several renames, are a merge.
///
/// Only a map written from the older edition applies (`[migration] from` names it); otherwise there are no
/// links and every item that is not kept under its id reads as removed.
struct MigrationLinks: Sendable {
    /// Where one old item went, with the map's note.
    struct Link: Sendable {
        /// The new item id, or nil when retired.
        var to: String?
        var note: String
        var span: SourceSpan
    }

    private var links: [String: Link] = [:]
    /// Every old id renamed to each new id, in map order.
    private var sources: [String: [String]] = [:]
    /// Old names and option ids to new, for comparing rules: each renamed id (`development_plan.plan_agreed_by`
    /// to `planning.plan_approved_by`) and, for an option, its id within the section (`development_plan` to
    /// `campaign_development_plan`), as rules write it in `"development_plan" in planning.options`.
    private(set) var expressionRenames: [String: String] = [:]
    /// Whether the map was written from the older edition.
    let applies: Bool
    /// The edition the newer edition's map is written from, when it is not the older edition.
    let otherFrom: String?

    init(newer: Edition, older: Edition) {
        guard let migration = newer.migration else {
            applies = false
            otherFrom = nil
            return
        }
        applies = migration.from == older.id
        otherFrom = applies ? nil : migration.from
        guard applies else { return }
        for change in migration.changes where links[change.from] == nil {
            links[change.from] = Link(to: change.to, note: change.note, span: change.span)
            guard let to = change.to else { continue }
            sources[to, default: []].append(change.from)
            if expressionRenames[change.from] == nil { expressionRenames[change.from] = to }
            if let old = change.from.split(separator: ".").last, let new = to.split(separator: ".").last,
                change.from.contains("."), expressionRenames[String(old)] == nil
            {
                expressionRenames[String(old)] = String(new)
            }
        }
    }

    /// The map's entry for the old item `id`, if any.
    func link(for id: String) -> Link? { links[id] }

    /// The old ids the map renames to `id`.
    func sources(of id: String) -> [String] { sources[id] ?? [] }
}
