import Rulebook

/// The report files a compile reads: each path named on the command line, and every `.json` file in each
/// folder named (recursively, in name order; links to folders are not followed, so a loop cannot trap
/// the walk). Read through the context one at a time, as the compile asks for them.
struct ReportFiles: ReportSource {
    let context: CommandContext
    /// The files, as displayed: the path the user gave, then the names below it.
    let paths: [String]

    /// Lists the files under `arguments`.
    ///
    /// - Throws: ``CLIError`` when a path names nothing, or a folder cannot be read.
    init(_ arguments: [String], context: CommandContext) throws {
        self.context = context
        var paths: [String] = []
        for argument in arguments {
            let absolute = context.absolutePath(argument)
            guard let status = try context.fileSystem.status(of: absolute, followsLinks: true) else {
                throw CLIError(.fileNotFound(path: argument))
            }
            if status.kind == .directory {
                try Self.walk(argument, context: context, into: &paths)
            } else {
                paths.append(argument)
            }
        }
        self.paths = paths
    }

    private static func walk(_ folder: String, context: CommandContext, into paths: inout [String]) throws {
        let absolute = context.absolutePath(folder)
        for name in try context.fileSystem.contentsOfDirectory(at: absolute) where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let status = try context.fileSystem.status(of: context.absolutePath(path), followsLinks: false) else {
                continue
            }
            switch status.kind {
            case .directory: try walk(path, context: context, into: &paths)
            case .regular where name.hasSuffix(".json"): paths.append(path)
            default: continue
            }
        }
    }

    var count: Int { paths.count }

    func path(at index: Int) -> String { paths[index] }

    func read(at index: Int) -> Result<[UInt8], ReportSourceError> {
        do {
            return .success(try context.readFile(paths[index], as: .report))
        } catch let error as CLIError {
            return .failure(ReportSourceError(error.description))
        } catch {
            return .failure(ReportSourceError("could not be read"))
        }
    }
}
