import Diagnostics
import Rulebook

/// Finds and reads menu editions: `--menus DIR`, then `$CLPCONF_MENUS`, then `menus/` in the current
/// directory or any parent, then `menus/` beside the executable (walking up from it).
///
/// An edition named in a file is an id (``EditionID``), looked up only in those folders
/// (``load(id:)``); only the command line may name an edition folder by its path (``load(_:)``).
/// `--menus` and `CLPCONF_MENUS` must name a folder holding at least one edition.
struct EditionLocator {
    let context: CommandContext
    /// The `--menus` option, if given.
    let explicitDirectory: String?

    /// The menus folders to search, most specific first, without duplicates.
    ///
    /// - Throws: ``CLIError`` when `--menus` or `CLPCONF_MENUS` is missing, is not a folder, or holds no
    ///   edition.
    func searchPath() throws -> [String] {
        var candidates: [String] = []
        if let explicitDirectory { candidates.append(try checkedMenus(explicitDirectory, origin: "--menus")) }
        if let fromEnvironment = context.environment["CLPCONF_MENUS"], !fromEnvironment.isEmpty {
            candidates.append(try checkedMenus(fromEnvironment, origin: "CLPCONF_MENUS"))
        }
        candidates += ancestors(of: context.currentDirectory).map { FilePath.join($0, "menus") }
        if let executable = context.executablePath {
            candidates += ancestors(of: FilePath.directory(of: executable)).map { FilePath.join($0, "menus") }
        }
        var seen = Set<String>()
        return candidates.filter { context.fileSystem.isDirectory(at: $0) && seen.insert($0).inserted }
    }

    /// `path` made absolute, after checking that it is a folder holding an edition.
    private func checkedMenus(_ path: String, origin: String) throws -> String {
        let absolute = context.absolutePath(path)
        let problem: CLIError.MenusFolderProblem
        switch try context.fileSystem.status(of: absolute, followsLinks: true)?.kind {
        case nil: problem = .missing
        case .directory?:
            // A folder the user named that cannot be listed says why, rather than seeming to hold nothing.
            let names = try context.fileSystem.contentsOfDirectory(at: absolute)
            guard editionFolders(in: absolute, names: names).isEmpty else { return absolute }
            let isEdition = context.fileSystem.fileExists(at: FilePath.join(absolute, "edition.toml"))
            problem = isEdition ? .isEdition : .noEditions
        default: problem = .notFolder
        }
        throw CLIError(.badMenusFolder(origin: origin, path: path, problem: problem))
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

    /// The editions directly inside one menus folder of the search path. Deliberately quiet: a `menus`
    /// folder found beside the working directory or the program, or above them, that cannot be listed holds
    /// nothing for this search; one named by `--menus` or `CLPCONF_MENUS` was listed by ``checkedMenus(_:origin:)``,
    /// which reports why it cannot be.
    private func editionFolders(in root: String) -> [(id: String, directory: String)] {
        editionFolders(in: root, names: (try? context.fileSystem.contentsOfDirectory(at: root)) ?? [])
    }

    /// The editions among `names`, the entries of the folder `root`: folders named by an id, holding an
    /// `edition.toml`.
    private func editionFolders(in root: String, names: [String]) -> [(id: String, directory: String)] {
        names.sorted().compactMap { name in
            let directory = FilePath.join(root, name)
            guard EditionID.isValid(name), context.fileSystem.fileExists(at: FilePath.join(directory, "edition.toml"))
            else { return nil }
            return (name, directory)
        }
    }

    /// Every edition id found, with the folder it is in; the first folder on the search path wins.
    ///
    /// - Throws: ``CLIError`` for a bad `--menus` or `CLPCONF_MENUS`.
    func editions() throws -> [(id: String, directory: String)] {
        var seen = Set<String>()
        return try searchPath().flatMap(editionFolders(in:)).filter { seen.insert($0.id).inserted }
    }

    /// The folder of the edition a file names: `id` must be an id, and is looked up only in the menus folders.
    ///
    /// - Throws: ``EditionLookupError`` when `id` is not an id or no menus folder holds it; ``CLIError`` for a
    ///   bad `--menus` or `CLPCONF_MENUS`.
    func directory(forID id: String) throws -> String {
        guard EditionID.isValid(id) else { throw EditionLookupError(reason: .notAnID(id)) }
        let all = try editions()
        if let match = all.first(where: { $0.id == id }) { return match.directory }
        throw EditionLookupError(reason: .unknown(id, known: all.map(\.id), searched: try searchPath()))
    }

    /// The folder of an edition named on the command line: an id, or an edition folder's path (anything
    /// with a `/`, or `.` and `..`), which the user chose to give.
    ///
    /// - Throws: A usage ``CLIError`` listing the editions found when the id is unknown, or a ``CLIError``
    ///   when the path is not a folder or `--menus` or `CLPCONF_MENUS` is bad.
    func directory(for argument: String) throws -> String {
        _ = try searchPath()  // a bad --menus is an error even when a folder is named
        guard argument.contains("/") || argument == "." || argument == ".." else {
            do {
                return try directory(forID: argument)
            } catch let error as EditionLookupError {
                throw CLIError.usage(error.description)
            }
        }
        let absolute = context.absolutePath(argument)
        switch try context.fileSystem.status(of: absolute, followsLinks: true)?.kind {
        case .directory?: break
        case nil: throw CLIError(.fileNotFound(path: argument))
        default: throw CLIError(.notDirectory(path: argument))
        }
        return absolute
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

    /// Loads an edition named on the command line (an id or a folder path), once per context.
    func load(_ argument: String) throws -> EditionLoadResult {
        try load(directory: try directory(for: argument))
    }

    /// Loads the edition a file names, by id only, once per context.
    ///
    /// - Throws: ``EditionLookupError`` when `id` is not an id or is not found; ``CLIError`` when a file of
    ///   the edition cannot be read.
    func load(id: String) throws -> EditionLoadResult {
        try load(directory: try directory(forID: id))
    }

    private func load(directory: String) throws -> EditionLoadResult {
        try context.editions.edition(in: directory) { EditionLoader.load(try source(at: directory)) }
    }

    private func file(_ path: String) throws -> EditionSource.File {
        EditionSource.File(path: display(path), bytes: try context.readFile(path, as: .menu))
    }

    /// `path` relative to the current directory when it is inside it (shorter diagnostics).
    func display(_ path: String) -> String {
        let base = context.currentDirectory.hasSuffix("/") ? context.currentDirectory : context.currentDirectory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
