import JSON
import RuleLanguage

/// The report as JSON (`docs/formats.md`, "The report"; `docs/report.schema.json`): members in a fixed
/// order, every optional field present (as `null` when unknown), so the same year gives the same bytes.
extension YearReport {
    /// The report as a JSON value; ``JSONWriter`` with `.indented` layout writes it as the report file.
    public func json() -> JSONNode {
        object([
            ("schema", string(Self.schema)),
            (
                "generator",
                object([
                    ("name", string("clpconf")), ("version", string(generator.version)),
                    ("generatedAt", string(generator.generatedAt)),
                ])
            ),
            ("file", string(file)),
            ("clp", object([("name", optional(clpName)), ("region", optional(region))])),
            ("year", year.map { integer($0) } ?? null),
            ("agmDate", optional(agmDate)),
            (
                "edition",
                object([("id", string(editionID)), ("title", string(editionTitle)), ("digest", string(editionDigest))])
            ),
            ("facts", array(facts.map(json))),
            ("valid", bool(valid)),
            ("selections", array(sections.map(json))),
            ("derived", array(derived.map(json))),
            ("problems", array(problems.map(json))),
            ("approvals", approvalsJSON),
            ("adoptions", array(adoptions.map(json))),
            (
                "localAdditions",
                array(
                    localAdditions.map {
                        object([
                            ("topic", string($0.topic)), ("text", string($0.text)),
                            ("characters", integer($0.characters)),
                        ])
                    })
            ),
            ("lastYear", lastYear.map(json) ?? null),
            ("feedback", feedback.map(json) ?? null),
        ])
    }

    /// The report as the file `report` writes: indented JSON and a final newline.
    public func jsonText() -> String {
        // The report nests four levels deep, far inside any writer limit.
        ((try? JSONWriter(layout: .indented).write(json())) ?? "null") + "\n"
    }

    /// One adopted amendment: its changes, who moved it, the votes and when.
    private func json(_ adoption: Selections.Adoption) -> JSONNode {
        object([
            ("changes", array(adoption.changes.map(string))), ("movedBy", string(adoption.movedBy)),
            ("votesFor", integer(adoption.votesFor)), ("votesAgainst", integer(adoption.votesAgainst)),
            ("abstaining", integer(adoption.abstaining)), ("adoptedAt", string(adoption.adoptedAt)),
        ])
    }

    private var approvalsJSON: JSONNode {
        object([
            (
                "period",
                approvalPeriod.map { object([("from", string($0.from)), ("to", string($0.to))]) } ?? null
            ),
            (
                "needed",
                array(
                    approvals.map {
                        object([
                            ("approves", string($0.approves)), ("by", string($0.by)),
                            ("status", string($0.status.rawValue)),
                            ("date", optional($0.date)), ("reference", optional($0.reference)),
                        ])
                    })
            ),
            ("pending", array(pending.map(string))),
        ])
    }

    private func json(_ entry: SectionEntry) -> JSONNode {
        object([
            ("section", string(entry.id)), ("title", string(entry.title)),
            (
                "options",
                entry.options.map { array($0.map { object([("id", string($0.id)), ("title", string($0.title))]) }) }
                    ?? null
            ),
            ("optionsAreDefault", bool(entry.optionsAreDefault)),
            (
                "settings",
                array(
                    entry.settings.map {
                        object([
                            ("name", string($0.name)), ("title", string($0.title)),
                            ("value", $0.value.map(Self.json) ?? null), ("unit", optional($0.unit)),
                            ("isDefault", bool($0.isDefault)), ("applies", bool($0.applies)),
                        ])
                    })
            ),
        ])
    }

    private func json(_ fact: Fact) -> JSONNode {
        object([
            ("id", string(fact.id)), ("title", string(fact.title)), ("value", fact.value.map(Self.json) ?? null),
            ("isDefault", bool(fact.isDefault)),
        ])
    }

    private func json(_ value: Derived) -> JSONNode {
        object([
            ("id", string(value.id)), ("title", string(value.title)),
            ("value", value.value.map(Self.json) ?? null), ("because", optional(value.because)),
        ])
    }

    private func json(_ problem: Problem) -> JSONNode {
        object([
            ("code", string(problem.code)), ("severity", string(problem.severity.rawValue)),
            ("message", string(problem.message)), ("file", optional(problem.file)),
            ("line", problem.line.map { integer($0) } ?? null),
            ("column", problem.column.map { integer($0) } ?? null),
        ])
    }

    private func json(_ last: LastYear) -> JSONNode {
        object([
            ("file", string(last.file)), ("year", last.year.map { integer($0) } ?? null),
            ("edition", string(last.editionID)),
            (
                "changes",
                array(
                    last.changes.map {
                        object([
                            ("name", string($0.name)), ("title", string($0.title)),
                            ("before", optional($0.before)), ("after", optional($0.after)),
                        ])
                    })
            ),
        ])
    }

    private func json(_ feedback: Feedback) -> JSONNode {
        object([
            (
                "answers",
                array(
                    feedback.answers.map {
                        let value: JSONNode =
                            switch $0.answer {
                            case .text(let text): string(text)
                            case .integer(let number): integer(number)
                            case .boolean(let flag): bool(flag)
                            }
                        return object([("id", string($0.id)), ("question", string($0.question)), ("value", value)])
                    })
            ),
            ("figures", object([("membersAtYearEnd", feedback.membersAtYearEnd.map { integer($0) } ?? null)])),
            (
                "ratings",
                array(
                    feedback.ratings.map {
                        object([
                            ("option", string($0.option)), ("rating", $0.rating.map { integer($0) } ?? null),
                            ("comment", optional($0.comment)),
                        ])
                    })
            ),
        ])
    }

    /// A rule value: integers, booleans and strings as themselves, dates as `YYYY-MM-DD`, lists as arrays,
    /// records as objects in field order.
    static func json(_ value: RuleValue) -> JSONNode {
        switch value {
        case .integer(let number): integer(number)
        case .boolean(let flag): bool(flag)
        case .string(let text): string(text)
        case .date(let date): string(date.description)
        case .list(let items): array(items.map(json))
        case .record(let record): object(record.fields.map { ($0.name, json($0.value)) })
        }
    }
}
