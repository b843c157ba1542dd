import Diagnostics
import Rulebook

/// Finds and reads menu editions: `--menus DIR`, then `$CLPCONF_MENUS`, then `menus/` in the current
/// directory or any parent, then `menus/` beside the executable (walking up from it).
struct EditionLocator {
    let context: CommandContext
    /// The `--menus` option, if given.
    let explicitDirectory: String?

    /// The menus folders to search, most specific first, without duplicates.
    func searchPath() -> [String] {
        var candidates: [String] = []
        if let explicitDirectory { candidates.append(context.absolutePath(explicitDirectory)) }
        if let fromEnvironment = context.environment["CLPCONF_MENUS"], !fromEnvironment.isEmpty {
            candidates.append(context.absolutePath(fromEnvironment))
        }
        candidates += ancestors(of: context.currentDirectory).map { FilePath.join($0, "menus") }
        if let executable = context.executablePath {
            candidates += ancestors(of: FilePath.directory(of: executable)).map { FilePath.join($0, "menus") }
        }
        var seen = Set<String>()
        return candidates.filter { context.fileSystem.isDirectory(at: $0) && seen.insert($0).inserted }
    }

    private func ancestors(of directory: String) -> [String] {
        var result: [String] = []
        var current = FilePath.standardize(directory, relativeTo: "/")
        for _ in 0..<64 {
            result.append(current)
            let parent = FilePath.directory(of: current)
            if parent == current { break }
            current = parent
        }
        return result
    }

    /// Every edition id found (folders holding an `edition.toml`), with the folder it is in; the first
    /// folder on the search path wins.
    func editions() -> [(id: String, directory: String)] {
        var found: [(String, String)] = []
        var seen = Set<String>()
        for root in searchPath() {
            let names = (try? context.fileSystem.contentsOfDirectory(at: root)) ?? []
            for name in names.sorted() where !seen.contains(name) {
                let directory = FilePath.join(root, name)
                if context.fileSystem.fileExists(at: FilePath.join(directory, "edition.toml")) {
                    seen.insert(name)
                    found.append((name, directory))
                }
            }
        }
        return found
    }

    /// The folder of edition `id`, or a usage error listing the editions that were found.
    func directory(for id: String) throws -> String {
        if id.contains("/"), context.fileSystem.isDirectory(at: context.absolutePath(id)) {
            return context.absolutePath(id)
        }
        let all = editions()
        if let match = all.first(where: { $0.id == id }) { return match.directory }
        let known = all.map(\.id)
        let list =
            known.isEmpty
            ? "no editions were found" : "the editions found are " + known.map { "'\($0)'" }.joined(separator: ", ")
        let searched = searchPath()
        let whereText =
            searched.isEmpty
            ? "no 'menus' folder was found; use --menus DIR or set CLPCONF_MENUS"
            : "looked in " + searched.joined(separator: ", ")
        throw CLIError.usage(
            "unknown edition '\(id)'" + NameSuggester.didYouMean(id, among: known) + "; \(list) (\(whereText))")
    }

    /// Reads an edition folder's files, with paths relative to the current directory where possible.
    func source(at directory: String) throws -> EditionSource {
        let edition = try file(FilePath.join(directory, "edition.toml"))
        let sectionsDirectory = FilePath.join(directory, "sections")
        var sections: [EditionSource.File] = []
        if context.fileSystem.isDirectory(at: sectionsDirectory) {
            for name in try context.fileSystem.contentsOfDirectory(at: sectionsDirectory).sorted()
            where name.hasSuffix(".toml") {
                sections.append(try file(FilePath.join(sectionsDirectory, name)))
            }
        }
        let examplePath = FilePath.join(directory, "example.toml")
        let example = context.fileSystem.fileExists(at: examplePath) ? try file(examplePath) : nil
        return EditionSource(
            folderName: FilePath.lastComponent(of: directory), edition: edition, sections: sections, example: example)
    }

    /// Loads edition `id` for a command that needs it whole: nil (after printing why, on stderr) when the
    /// edition has errors.
    func loadOrReport(_ id: String, color: ColorMode) throws -> Edition? {
        let result = try load(id)
        if result.edition == nil {
            DiagnosticPrinter(context: context, color: color).print(result.diagnostics, files: result.files)
        }
        return result.edition
    }

    /// Loads edition `id` (or a folder path), once per context.
    func load(_ id: String) throws -> EditionLoadResult {
        let directory = try directory(for: id)
        return try context.editions.edition(in: directory) { EditionLoader.load(try source(at: directory)) }
    }

    private func file(_ path: String) throws -> EditionSource.File {
        EditionSource.File(path: display(path), bytes: try context.readFile(path))
    }

    /// `path` relative to the current directory when it is inside it (shorter diagnostics).
    func display(_ path: String) -> String {
        let base = context.currentDirectory.hasSuffix("/") ? context.currentDirectory : context.currentDirectory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
