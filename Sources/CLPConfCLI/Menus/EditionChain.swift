import Diagnostics
import Rulebook

/// Loads the editions a migration passes through: the target, then each edition its `[migration]` map
/// names, back to the edition a file follows (or until a map names none).
struct EditionChain {
    let locator: EditionLocator

    /// The editions from `target` back towards `from`, newest first; stops early (leaving the engine to
    /// say why) at an edition with no map or one that cannot be found.
    ///
    /// - Throws: A usage ``CLIError`` when `target` is unknown; ``CLIError`` when an edition's file cannot
    ///   be read. An edition with errors is reported by ``EditionLoadResult`` diagnostics in `problems`.
    func load(target: String, from: String) throws -> (editions: [Edition], problems: [Diagnostic], files: [SourceFile])
    {
        let first = try locator.load(target)
        guard var current = first.edition else { return ([], first.diagnostics, first.files) }
        var editions = [current]
        while current.id != from, let older = current.migration?.from, editions.count < 64,
            !editions.contains(where: { $0.id == older })
        {
            guard EditionID.isValid(older) else { break }
            let loaded: EditionLoadResult
            do {
                loaded = try locator.load(id: older)
            } catch is EditionLookupError {
                break  // not found: the engine says which edition is missing
            }
            guard let edition = loaded.edition else { return (editions, loaded.diagnostics, loaded.files) }
            editions.append(edition)
            current = edition
        }
        return (editions, [], [])
    }
}
