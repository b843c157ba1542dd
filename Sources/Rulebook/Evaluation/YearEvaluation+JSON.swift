import Diagnostics
import RuleLanguage

/// The fields `check --format json` adds to the diagnostics document (see `docs/formats.md`).
extension YearEvaluation {
    /// `file`, `edition`, `valid`, `fixes`, `partialFixes`, `unfixableByChoices`, `derived`, `approvals` and,
    /// for an amendment, `whatIf`; in that order.
    public func checkJSONFields(file: String) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [
            ("file", .string(file)),
            ("edition", .object([("id", .string(edition.id)), ("digest", .string(editionDigest))])),
            ("valid", .bool(isValid)),
            ("fixes", .array((fixes?.fixes ?? []).map(Self.json))),
            (
                "partialFixes",
                .array(
                    (fixes?.partial ?? []).map { .object([("code", .string($0.code)), ("fix", Self.json($0.fix))]) })
            ),
            ("unfixableByChoices", .array((fixes?.unfixable ?? []).map(JSONValue.string))),
            ("derived", .array(derived.map(Self.json))),
            ("approvals", approvalsJSON),
        ]
        if let amendment {
            fields.append(
                (
                    "whatIf",
                    .object([
                        ("amendments", .array(amendment.amendments.map { .string($0.summary) })),
                        ("validBefore", .bool(amendment.validBefore)), ("validAfter", .bool(amendment.validAfter)),
                        ("newProblems", .array(amendment.newProblems.map(JSONValue.string))),
                        ("resolved", .array(amendment.resolved.map(JSONValue.string))),
                        ("newlyBroken", .array(amendment.newlyBroken.map(Self.ruleJSON))),
                        ("nowMet", .array(amendment.nowMet.map(Self.ruleJSON))),
                        (
                            "changes",
                            .array(
                                amendment.changes.map {
                                    .object([
                                        ("name", .string($0.name)), ("title", .string($0.title)),
                                        ("before", $0.before.map(JSONValue.string) ?? .null),
                                        ("after", $0.after.map(JSONValue.string) ?? .null),
                                    ])
                                })
                        ),
                        ("changedClauses", .array(amendment.changedClauses.map(JSONValue.string))),
                    ])
                ))
        }
        return fields
    }

    /// The period approvals must fall in, and every approval a chosen option needs with its status.
    var approvalsJSON: JSONValue {
        guard let approvals else { return .null }
        return .object([
            (
                "period",
                approvals.period.map {
                    .object([("from", .string($0.from.description)), ("to", .string($0.lastDay.description))])
                } ?? .null
            ),
            (
                "needed",
                .array(
                    approvals.needs.map { need in
                        .object([
                            ("approves", .string(need.approves)), ("by", .string(need.by)),
                            ("status", .string(need.status.rawValue)),
                            ("date", need.record.map { .string($0.date.value.description) } ?? .null),
                            ("reference", need.record?.reference.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
        ])
    }

    /// A rule in the what-if: its code, severity, message and explanation.
    static func ruleJSON(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("code", .string(diagnostic.code)), ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("explanation", diagnostic.explanation.map(JSONValue.string) ?? .null),
        ])
    }

    static func json(_ fix: FixSearch.Fix) -> JSONValue {
        .object([
            ("summary", .string(fix.summary)),
            (
                "edits",
                .array(
                    fix.edits.map {
                        .object([
                            ("section", .string($0.section)), ("key", .string($0.key)),
                            ("value", .string(FixSearch.tomlLiteral($0.value))),
                        ])
                    })
            ),
            ("remainingWarnings", .int(fix.remainingWarnings)),
        ])
    }

    static func json(_ result: DerivedResult) -> JSONValue {
        .object([
            ("id", .string(result.id)), ("title", .string(result.definition.title)),
            ("value", result.value.map(json) ?? .null),
            ("because", result.because.map(JSONValue.string) ?? .null),
            ("inputs", .object(result.scalarInputs.map { ($0.name, json($0.value)) })),
            ("lists", .array(result.listInputs.map { .string($0.name) })),
        ])
    }

    /// A rule value as JSON: integers, booleans and strings as themselves, dates as `YYYY-MM-DD`.
    public static func json(_ value: RuleValue) -> JSONValue {
        switch value {
        case .integer(let number): .int(number)
        case .boolean(let flag): .bool(flag)
        case .string(let text): .string(text)
        case .date(let date): .string(date.description)
        case .list(let items): .array(items.map(json))
        case .record(let record): .object(record.fields.map { ($0.name, json($0.value)) })
        }
    }
}
