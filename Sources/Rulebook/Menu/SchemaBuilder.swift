import RuleLanguage
import TOML

/// Builds the names and types expressions may use, from a first, silent pass over an edition's files.
///
/// The full load reports problems; this pass only needs ids and types, so that every expression can be
/// checked against the whole edition whatever order things are written in.
struct SchemaBuilder {
    private(set) var schema = RuleSchema()

    /// Makes room for `count` names.
    mutating func reserveCapacity(_ count: Int) {
        schema.reserveCapacity(count)
    }

    /// The names every edition has: the year, the AGM, the CLP, the officers, and one boolean per vote
    /// field and per approval of a matter by a body (`approvals.structure_change.nec`: an approval of that
    /// matter by that body is recorded and dated within the year the file covers).
    mutating func addBuiltins(posts: [String], votes: [String], approvals: [String], matters: [String]) {
        schema.declare("year", .integer)
        schema.declare("agm.date", .date)
        schema.declare("clp.name", .string)
        schema.declare("clp.region", .string)
        let post: RuleType = posts.isEmpty ? .string : .choice(Set(posts))
        let officer = RecordType([
            ("post", post), ("name", .string), ("woman", .boolean), ("job_share", .boolean),
            ("union_member", .boolean),
        ])
        schema.declare("officers", .list(.record(officer)))
        for vote in votes {
            schema.declare("votes.\(vote).for", .integer)
            schema.declare("votes.\(vote).against", .integer)
            schema.declare("votes.\(vote).recorded", .boolean)
        }
        for matter in matters {
            for approval in approvals { schema.declare(.joining("approvals.", matter, ".", approval), .boolean) }
        }
    }

    mutating func addFact(_ fact: FactDefinition) {
        schema.declare(.joining("facts.", fact.id), fact.kind.ruleType)
    }

    /// Adds a section's choice and parameters from its raw table.
    mutating func addSection(_ table: TOMLTable) {
        guard let id = table["id"]?.string else { return }
        let optionIDs = (table["option"]?.array ?? []).compactMap { $0.table?["id"]?.string }
        switch table["choose"]?.string ?? "one" {
        case "any": schema.declare(.joining(id, ".options"), .list(.choice(Set(optionIDs))))
        case "none": break
        default: schema.declare(.joining(id, ".option"), .choice(Set(optionIDs)))
        }
        for parameter in table["parameter"]?.array ?? [] {
            guard let table = parameter.table, let name = table["id"]?.string,
                let kind = Self.parameterType(table)
            else { continue }
            schema.declare(.joining(id, ".", name), kind)
        }
        addDerived(table)
    }

    /// Adds the derived values declared in a file (by bare id).
    mutating func addDerived(_ table: TOMLTable) {
        for derived in table["derived"]?.array ?? [] {
            guard let table = derived.table, let name = table["id"]?.string,
                let type = Self.declaredType(table["type"]?.string)
            else { continue }
            schema.declare(name, type)
        }
    }

    static func parameterType(_ table: TOMLTable) -> RuleType? {
        if table["type"]?.string == "choice" {
            return .choice(Set((table["values"]?.array ?? []).compactMap(\.string)))
        }
        return declaredType(table["type"]?.string)
    }

    static func declaredType(_ name: String?) -> RuleType? {
        switch name {
        case "integer": .integer
        case "boolean": .boolean
        case "string": .string
        case "date": .date
        default: nil
        }
    }
}
