import Diagnostics
import TOML

/// `[[adoption]]`: the log of amendments adopted at the AGM, one record each (what it changed, who moved it,
/// the votes for, against and abstaining, and when), as `clpconf serve` appends them.
extension SelectionsLoader {
    mutating func readAdoptions(_ reader: inout TableReader) -> [Selections.Adoption] {
        reader.tables("adoption").compactMap { table, raw in
            var inner = TableReader(
                table, range: raw.range, document: document, context: "an [[adoption]] entry", vocabulary: .selections)
            defer { finish(&inner) }
            let changes = inner.stringArray("changes", required: true)
            let movedBy = inner.string("moved_by", required: true)
            let counts = ["votes_for", "votes_against", "abstaining"].map { inner.integer($0, required: true) }
            let adoptedAt = readAdoptedAt(&inner, in: raw)
            for (count, key) in zip(counts, ["votes_for", "votes_against", "abstaining"]) {
                if let count, count.0 < 0 {
                    diagnostics.append(
                        SelectionsMessages.wrongValue(
                            "adoption." + key, problem: "cannot be negative", at: span(count.1)))
                }
            }
            guard let changes, let movedBy, let adoptedAt, counts.allSatisfy({ ($0?.0 ?? -1) >= 0 }) else {
                return nil
            }
            return Selections.Adoption(
                changes: changes.0.map(\.0), movedBy: movedBy.0, votesFor: counts[0]?.0 ?? 0,
                votesAgainst: counts[1]?.0 ?? 0, abstaining: counts[2]?.0 ?? 0, adoptedAt: adoptedAt)
        }
    }

    /// `adopted_at`: an offset date-time (`2026-06-14T19:32:05Z`); anything else is a type error at the value.
    private mutating func readAdoptedAt(_ inner: inout TableReader, in raw: TOMLValue) -> String? {
        guard let value = inner.value("adopted_at") else {
            diagnostics.append(
                SelectionsMessages.missingKey("adopted_at", context: "an [[adoption]] entry", at: span(raw)))
            return nil
        }
        guard let dateTime = value.dateTime, dateTime.date != nil, dateTime.time != nil else {
            diagnostics.append(
                SelectionsMessages.wrongType(
                    "adoption.adopted_at", expected: "a date and time such as 2026-06-14T19:32:05Z", found: value,
                    at: span(value)))
            return nil
        }
        return dateTime.description
    }
}
