import Diagnostics
import TOML

/// Carries a CLP's selections file forward to a newer menu edition, through every edition between them.
///
/// ``migrate(text:fileName:to:editions:searchesFixes:items:)`` follows the target edition's `[migration]` map back
/// (each map names the edition it carries files from) to the edition the file names, then applies the maps
/// in order (2012 → 2019 → …). Each step edits the text by source range, so comments on surviving keys and
/// everything else the map does not touch stay as written. The migrated file is then checked with
/// ``YearEvaluator`` against the target edition. Nothing here touches the file system: `clpconf migrate`,
/// `clpconf init --from` and the impact of a draft edition read the files and editions and pass them in.
public enum EditionMigrator {
    /// Migrates `text` to edition `target`.
    ///
    /// - Parameters:
    ///   - text: The selections file as read (UTF-8 bytes).
    ///   - fileName: The file's path, for diagnostics and the report.
    ///   - target: The id of the edition to migrate to.
    ///   - editions: Every edition that may be passed through (at least the file's and `target`), in any order.
    ///   - searchesFixes: Whether the check of the migrated file searches for fixes when it has errors.
    ///   - items: Each edition's ``MigrationItems`` by id, for a caller that migrates many files with the same
    ///     editions (the impact of a draft); an edition not in it has its items worked out here.
    /// - Returns: The migrated text, the report's changes and the check; or the ``MigrationResult/problems``
    ///   that stopped it (the file's TOML errors, no edition named, no chain of maps to `target`).
    public static func migrate(
        text: [UInt8], fileName: String, to target: String, editions: [Edition], searchesFixes: Bool = true,
        items: [String: MigrationItems] = [:]
    ) -> MigrationResult {
        migrate(
            SelectionsText(bytes: text, path: fileName), to: target, editions: editions, searchesFixes: searchesFixes,
            items: items)
    }

    /// Migrates a file already read, for a caller that also checks it as it stands (the impact of a draft):
    /// the text is read once for both.
    ///
    /// - Parameter explains: What the check of the migrated file writes out in words.
    public static func migrate(
        _ parsed: SelectionsText, to target: String, editions: [Edition], searchesFixes: Bool = true,
        items: [String: MigrationItems] = [:], explains: ValidationExplanations = .all
    ) -> MigrationResult {
        let fileName = parsed.path
        var result = MigrationResult(
            fileName: fileName, fromEdition: nil, toEdition: target, steps: [], text: nil, changes: [], notes: [],
            problems: [], evaluation: nil)
        guard parsed.isReadable else {
            result.problems = parsed.diagnostics
            return result
        }
        guard let named = parsed.editionReference else {
            result.problems = [parsed.editionProblem]
            return result
        }
        result.fromEdition = named.id
        let chain: [Edition]
        switch path(from: named.id, to: target, editions: editions) {
        case .success(let found): chain = found
        case .failure(let reason):
            result.problems = [
                MigrationMessages.noMigrationPath(from: named.id, to: target, reason: reason.text, at: named.span)
            ]
            return result
        }
        result.steps = chain.map(\.id)
        var current = parsed
        for (old, new) in zip(chain, chain.dropFirst()) {
            guard let map = new.migration else { continue }
            var step = MigrationStep(
                old: old, new: new, map: map, document: current.document,
                items: (items[old.id] ?? MigrationItems(old), items[new.id] ?? MigrationItems(new)))
            do {
                let (bytes, changes) = try step.run()
                result.changes += changes
                current = SelectionsText(bytes: bytes, path: fileName)
            } catch let error as TOMLWriteError {
                result.problems = [error.diagnostic(at: map.span)]
                return result
            } catch {
                preconditionFailure("a migration step throws only TOMLWriteError")
            }
            if let note = map.note { result.notes.append(.init(edition: new.id, note: note)) }
            guard current.isReadable else {
                result.problems = current.diagnostics
                return result
            }
        }
        result.text = current.document.source.text
        if let edition = chain.last {
            let evaluator = YearEvaluator(edition: edition, searchesFixes: searchesFixes, explains: explains)
            result.evaluation = try? evaluator.evaluate(current)
        }
        return result
    }

    /// Why no chain of maps leads to the target.
    struct NoPath: Error {
        var text: String
    }

    /// The editions from `from` to `target`, each superseded by the next through its map.
    static func path(from: String, to target: String, editions: [Edition]) -> Result<[Edition], NoPath> {
        // The first edition with each id, found by search: a handful of editions, looked up for every file an
        // impact carries (a table of them was made and freed for each).
        func edition(_ id: String) -> Edition? { editions.firstIndex { $0.id == id }.map { editions[$0] } }
        guard var current = edition(target) else {
            return .failure(NoPath(text: "edition '\(target)' is not among the editions found"))
        }
        var chain = [current]
        while current.id != from {
            guard let map = current.migration else {
                return .failure(NoPath(text: "edition '\(current.id)' has no [migration] map, and supersedes nothing"))
            }
            guard let older = edition(map.from) else {
                return .failure(
                    NoPath(text: "edition '\(map.from)', which '\(current.id)' migrates from, is not found"))
            }
            // Every edition in the chain has its own id, so a chain that meets one again is a cycle.
            guard !chain.contains(where: { $0.id == older.id }) else {
                return .failure(NoPath(text: "the editions' migration maps form a cycle"))
            }
            chain.insert(older, at: 0)
            current = older
        }
        return .success(chain)
    }
}
