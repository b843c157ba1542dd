import Diagnostics
import TOML

extension SelectionsLoader {
    mutating func readOfficers(_ reader: inout TableReader) -> [Selections.Officer] {
        let posts = edition.posts.map(\.id)
        return reader.tables("officers").compactMap { table, raw in
            var inner = TableReader(
                table, range: raw.range, document: document, context: "an [[officers]] entry", vocabulary: .selections)
            defer { finish(&inner) }
            let post = inner.string("post", required: true)
            let name = inner.string("name", required: true)
            let woman = inner.boolean("woman", required: true)
            let jobShare = inner.boolean("job_share")?.0 ?? false
            let unionMember = inner.boolean("union_member")?.0 ?? false
            guard let post, let name, let woman else { return nil }
            if !posts.isEmpty, !posts.contains(post.0) {
                diagnostics.append(
                    MigrationMessages.withMigrationHint(
                        SelectionsMessages.unknownName("post", post.0, known: posts, at: span(post.1)),
                        item: "posts." + post.0, edition: edition, file: document.source.path))
                return nil
            }
            return Selections.Officer(
                post: post.0, name: name.0, woman: woman.0, jobShare: jobShare, unionMember: unionMember,
                span: span(name.1))
        }
    }

    mutating func readVotes(_ reader: inout TableReader) -> [String: Selections.Vote] {
        guard let (table, _) = reader.table("votes") else { return [:] }
        let known = edition.votes.map(\.id)
        var votes: [String: Selections.Vote] = [:]
        for entry in table.entries {
            guard known.contains(entry.key) else {
                diagnostics.append(
                    SelectionsMessages.unknownName("vote", entry.key, known: known, at: document.span(entry.keyRange)))
                continue
            }
            guard let vote = entry.value.table else {
                diagnostics.append(
                    SelectionsMessages.wrongType(
                        "votes." + entry.key, expected: "a table such as { for = 40, against = 25 }",
                        found: entry.value,
                        at: span(entry.value)))
                continue
            }
            var inner = TableReader(
                vote, range: entry.value.range, document: document, context: TableContext("votes.", entry.key),
                vocabulary: .selections)
            let inFavour = inner.integer("for", required: true)
            let against = inner.integer("against", required: true)
            finish(&inner)
            for count in [inFavour, against].compactMap({ $0 }) where count.0 < 0 {
                diagnostics.append(
                    SelectionsMessages.wrongValue(
                        "votes." + entry.key, problem: "counts cannot be negative", at: span(count.1)))
            }
            if let inFavour, let against, inFavour.0 >= 0, against.0 >= 0 {
                votes[entry.key] = Selections.Vote(inFavour: inFavour.0, against: against.0, span: span(entry.value))
            }
        }
        return votes
    }
}
