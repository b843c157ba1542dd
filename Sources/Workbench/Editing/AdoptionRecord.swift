import Rulebook
import TOML

/// One `[[adoption]]` record for the adoption log (`docs/formats.md`, "The adoption log"), written as
/// TOML with ``TOMLWriter``; the selections loader reads it back as a ``Selections/Adoption``.
struct AdoptionRecord: Sendable, Hashable {
    var changes: [String]
    var movedBy: String
    var votesFor: Int
    var votesAgainst: Int
    var abstaining: Int
    /// An offset date-time in UTC, from the server's clock.
    var adoptedAt: String

    /// The record's lines, from its `[[adoption]]` header.
    ///
    /// - Throws: ``HTTPError`` (422) when the clock's time does not read as a TOML date-time.
    func toml() throws(HTTPError) -> String {
        let parsed = TOMLParser.parse("v = " + adoptedAt, path: "clock")
        guard let time = parsed.document.root["v"], time.dateTime != nil, parsed.isValid else {
            throw HTTPError(.badBody("the server's clock gave '\(adoptedAt)', which is not a date and time"))
        }
        var out = TOMLWriter.arrayOfTablesHeader(["adoption"]) + "\n"
        do {
            out += "changes = [" + changes.map(TOMLWriter.string).joined(separator: ", ") + "]\n"
            out += TOMLWriter.key("moved_by") + " = " + TOMLWriter.string(movedBy) + "\n"
            out += TOMLWriter.key("votes_for") + " = " + TOMLWriter.integer(Int64(votesFor)) + "\n"
            out += TOMLWriter.key("votes_against") + " = " + TOMLWriter.integer(Int64(votesAgainst)) + "\n"
            out += TOMLWriter.key("abstaining") + " = " + TOMLWriter.integer(Int64(abstaining)) + "\n"
            out += try TOMLWriter.assignment("adopted_at", time.kind) + "\n"
        } catch {
            throw HTTPError(.badBody("the adoption cannot be written as TOML: \(error)"))
        }
        return out
    }
}
