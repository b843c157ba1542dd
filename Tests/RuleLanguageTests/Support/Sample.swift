import RuleLanguage
import TOML

/// A small schema and matching values, modelled on DESIGN §3's selections file.
enum Sample {
    static let officer = RecordType([("post", .string), ("name", .string), ("woman", .boolean)])
    static let branch = RecordType([("name", .string), ("members", .integer), ("wards", .list(.string))])
    static let affiliate = RecordType([
        ("name", .string), ("kind", .string), ("members", .integer), ("fee_paid_days", .integer),
    ])
    static let vote = RecordType([("for", .integer), ("against", .integer)])
    static let governanceOptions: Set<String> = ["delegate_gc", "all_member_meetings", "hybrid"]
    static let forumOptions: Set<String> = ["womens_forum", "bame_forum", "youth_forum"]

    static let schema: RuleSchema = {
        var schema = RuleSchema([
            ("facts.members", .integer),
            ("facts.labour_mp", .boolean),
            ("facts.branch", .list(.record(branch))),
            ("facts.affiliate", .list(.record(affiliate))),
            ("governance.meetings_per_year", .integer),
            ("forums.options", .list(.choice(forumOptions))),
            ("officers", .list(.record(officer))),
            ("votes.structure_change", .record(vote)),
            ("agm.date", .date),
            ("approvals.regional_director.date", .date),
            ("quorum", .integer),
            ("clp.name", .string),
        ])
        schema.declare("governance.option", .choice(governanceOptions), note: "the option chosen in section 'governance'")
        return schema
    }()

    static func record(_ fields: [(String, RuleValue)]) -> RuleValue { .record(RuleRecord(fields)) }

    static let bindings = RuleBindings([
        "facts.members": 812,
        "facts.labour_mp": false,
        "facts.branch": [
            record([("name", "Northgate"), ("members", 140), ("wards", ["North", "Gate"])]),
            record([("name", "Southmead"), ("members", 95), ("wards", ["South"])]),
            record([("name", "Eastfield"), ("members", 60), ("wards", [])]),
        ],
        "facts.affiliate": [
            record([("name", "Unite Anytown 1/234"), ("kind", "trade_union"), ("members", 300), ("fee_paid_days", 40)]),
            record([("name", "Co-op Party"), ("kind", "socialist_society"), ("members", 25), ("fee_paid_days", 20)]),
        ],
        "governance.option": "all_member_meetings",
        "governance.meetings_per_year": 6,
        "forums.options": ["womens_forum", "bame_forum"],
        "officers": [
            record([("post", "chair"), ("name", "A. Patel"), ("woman", true)]),
            record([("post", "secretary"), ("name", "B. Jones"), ("woman", false)]),
            record([("post", "treasurer"), ("name", "C. Okafor"), ("woman", true)]),
        ],
        "votes.structure_change": record([("for", 40), ("against", 25)]),
        "agm.date": .date(TOMLDate(year: 2026, month: 6, day: 14)),
        "approvals.regional_director.date": .date(TOMLDate(year: 2026, month: 5, day: 2)),
        "quorum": 41,
        "clp.name": "Anytown and District",
    ])
}
