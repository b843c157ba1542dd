import CSV
import JSON

/// The impact for spreadsheets and other tools (`impact --format csv|json`, docs/formats.md).
extension ImpactResult {
    /// The schema id the JSON carries.
    public static let schema = "clpconf.impact/1"

    /// The header of the CSV: one row per CLP and problem the draft adds (a CLP the draft adds none to has
    /// one row with the problem columns empty), then one per file left out.
    public static let csvHeader = [
        "file", "clp", "year", "edition", "valid_now", "valid_under_draft", "code", "severity", "rule", "counted",
        "message", "fix",
    ]

    public func csvText() -> String {
        var rows: [[CSVCell]] = []
        for assessed in cases {
            let identity: [CSVCell] = [
                .text(assessed.file), .text(assessed.clp), assessed.year.map { .integer($0) } ?? .empty,
                .text(assessed.editionID), .text(assessed.validNow ? "yes" : "no"),
                .text(assessed.validUnderDraft ? "yes" : "no"),
            ]
            guard !assessed.findings.isEmpty else {
                rows.append(identity + Array(repeating: .empty, count: 6))
                continue
            }
            for finding in assessed.findings {
                let rule = groups.first { $0.code == finding.code }?.rule
                rows.append(
                    identity + [
                        .text(finding.code), .text(finding.severity.rawValue), rule.map { .text($0) } ?? .empty,
                        .text(finding.unassessed ? "no" : "yes"), .text(finding.message),
                        finding.fix.map { .text($0) } ?? .empty,
                    ])
            }
        }
        for file in leftOut {
            rows.append(
                [.text(file.file)] + Array(repeating: .empty, count: 5) + [
                    .text(file.codes.joined(separator: " ")), .text("left out"), .empty, .empty, .text(file.reason),
                    .empty,
                ])
        }
        return CSVWriter().write(header: Self.csvHeader, rows: rows)
    }

    public func json() -> JSONNode {
        object([
            ("schema", string(Self.schema)),
            ("draft", object([("id", string(draftID)), ("title", string(draftTitle))])),
            (
                "totals",
                object([
                    ("assessed", integer(cases.count)), ("becomingInvalid", integer(becomingInvalid)),
                    ("becomingValid", integer(becomingValid)), ("stayingValid", integer(stayingValid)),
                    ("stayingInvalid", integer(stayingInvalid)), ("leftOut", integer(leftOut.count)),
                ])
            ),
            ("rules", array(groups.map(json))),
            ("dropped", array(losses.map(json))),
            ("clps", array(cases.map(json))),
            (
                "leftOut",
                array(
                    leftOut.map {
                        object([
                            ("file", string($0.file)), ("reason", string($0.reason)),
                            ("codes", array($0.codes.map(string))),
                        ])
                    })
            ),
        ])
    }

    public func jsonText() -> String {
        ((try? JSONWriter(layout: .indented).write(json())) ?? "null") + "\n"
    }

    private func json(_ group: RuleGroup) -> JSONNode {
        object([
            ("code", string(group.code)), ("severity", string(group.severity.rawValue)), ("title", string(group.title)),
            ("rule", optional(group.rule)), ("citation", optional(group.citation)),
            ("newlyInvalid", integer(group.newlyInvalid)),
            (
                "clps",
                array(
                    group.affected.map {
                        object([
                            ("clp", string($0.clp)), ("year", $0.year.map(integer) ?? null), ("file", string($0.file)),
                            ("message", string($0.message)), ("fix", optional($0.fix)),
                            ("counted", bool($0.assessed)),
                        ])
                    })
            ),
        ])
    }

    private func json(_ loss: Loss) -> JSONNode {
        object([
            ("item", string(loss.item)), ("kind", string(loss.kind.rawValue)), ("reason", string(loss.reason)),
            ("replacement", optional(loss.replacement)), ("clps", array(loss.clps.map(string))),
        ])
    }

    private func json(_ assessed: ImpactCase) -> JSONNode {
        object([
            ("file", string(assessed.file)), ("source", string(assessed.source.rawValue)),
            ("clp", string(assessed.clp)), ("region", optional(assessed.region)),
            ("year", assessed.year.map(integer) ?? null), ("edition", string(assessed.editionID)),
            ("validNow", bool(assessed.validNow)), ("validUnderDraft", bool(assessed.validUnderDraft)),
            ("codes", array(assessed.findings.map { string($0.code) })),
            ("resolved", array(assessed.resolved.map(string))),
        ])
    }
}
