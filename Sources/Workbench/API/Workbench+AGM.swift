import Diagnostics
import Rulebook
import TOML

/// AGM mode: an amendment moved from the floor (a set of changes) checked against the year as it stands,
/// and, when adopted, written into the file with its record in the adoption log.
extension Workbench {
    /// `POST /api/amendment {"text", "changes", "amendment"}`: whether the amended year is valid, what it
    /// breaks and clears, and the redline it would make against the year as it stands.
    func amendment(_ request: APIRequest) throws(HTTPError) -> JSONValue {
        let text = try changedText(request)
        let amendments = try request.changes("amendment")
        guard !amendments.isEmpty else { throw HTTPError(.badBody("the amendment has no changes")) }
        guard case .evaluated(let before) = try evaluate(text), before.selections != nil else {
            throw HTTPError(.badBody("the year as it stands does not load; correct its problems before amending it"))
        }
        let amended: YearEvaluation
        do {
            amended = try evaluator(before.edition.id).evaluate(before.text, amendments: amendments)
        } catch {
            throw HTTPError(.badBody("the amendment cannot be applied: \(error)"))
        }
        guard let effect = amended.amendment else { throw HTTPError(.badBody("the amendment changes nothing")) }
        let redline = amended.selections == nil ? nil : Redline(last: before, this: amended)
        return .object([
            ("verdict", .string(effect.verdict)), ("validBefore", .bool(effect.validBefore)),
            ("validAfter", .bool(effect.validAfter)),
            ("amendments", .array(effect.amendments.map { .string($0.summary) })),
            ("newlyBroken", .array(effect.newlyBroken.map { .string($0.message) })),
            ("nowMet", .array(effect.nowMet.map { .string($0.message) })),
            (
                "changes",
                .array(
                    effect.changes.map {
                        .object([
                            ("title", .string($0.title)), ("before", $0.before.map(JSONValue.string) ?? .null),
                            ("after", $0.after.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
            ("changedClauses", .array(effect.changedClauses.map(JSONValue.string))),
            (
                "redline",
                redline.flatMap {
                    $0.isEmpty ? nil : JSONValue.string(YearJSON.body(HTMLRenderer().render($0.document())))
                }
                    ?? .null
            ),
        ])
    }

    /// `POST /api/adopt {"text", "changes", "amendment", "movedBy", "votesFor", "votesAgainst",
    /// "abstaining"}`: writes the amendment into the file with an `[[adoption]]` record (the server adds
    /// the time); refused when the amended year would not load.
    func adopt(_ request: APIRequest) throws(HTTPError) -> JSONValue {
        let amendments = try request.changes("amendment")
        guard !amendments.isEmpty else { throw HTTPError(.badBody("the amendment has no changes")) }
        let movedBy = try request.string("movedBy")
        guard !movedBy.isEmpty, movedBy.count <= 200 else {
            throw HTTPError(.badBody("'movedBy' must name who moved the amendment (at most 200 characters)"))
        }
        let record = AdoptionRecord(
            changes: amendments.map(\.argument), movedBy: movedBy, votesFor: try request.count("votesFor"),
            votesAgainst: try request.count("votesAgainst"), abstaining: try request.count("abstaining"),
            adoptedAt: environment.clock())
        let amended = try SelectionsEditor.apply(amendments, to: try changedText(request))
        let text = try SelectionsEditor.append(try record.toml(), to: amended)
        guard case .evaluated(let year) = try evaluate(text), year.selections != nil,
            !year.loadDiagnostics.hasErrors
        else {
            throw HTTPError(.badBody("the amended file would have errors in its values; the amendment was not adopted"))
        }
        try write(text)
        return .object([
            ("saved", .bool(true)), ("valid", .bool(year.isValid)), ("adoptedAt", .string(record.adoptedAt)),
            ("text", .string(text)),
        ])
    }
}
