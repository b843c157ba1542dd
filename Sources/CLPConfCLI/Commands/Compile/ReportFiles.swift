import Rulebook

/// The report files a compile reads: each path named on the command line, and every `.json` file in each
/// folder named (recursively, in name order; links to folders are not followed, so a loop cannot trap
/// the walk). Read through the context as the compile or the impact asks for them (from two threads).
///
/// A folder named is recorded in the context's inputs once, as a ``ReportTree``, and the names found in it
/// are kept in chunked bytes (``PathList``): a million reports cost their names' bytes, not a million strings
/// and a million resolved paths.
struct ReportFiles: ReportSource {
    let context: CommandContext
    /// The files, as displayed: the path the user gave, then the names below it.
    private var names = PathList()
    /// Which files were named on the command line (and so are recorded when read), by position.
    private var named: Set<Int> = []

    /// Lists the files under `arguments`.
    ///
    /// - Throws: ``CLIError`` when a path names nothing, or a folder cannot be read.
    init(_ arguments: [String], context: CommandContext) throws {
        self.context = context
        for argument in arguments {
            let absolute = context.absolutePath(argument)
            guard let status = try context.fileSystem.status(of: absolute, followsLinks: true) else {
                throw CLIError(.fileNotFound(path: argument))
            }
            if status.kind == .directory {
                context.inputs.record(ReportTree(root: context.fileSystem.canonicalPath(absolute)))
                try Self.walk(argument, context: context, into: &names)
            } else {
                named.insert(names.count)
                names.append(argument)
            }
        }
    }

    private static func walk(_ folder: String, context: CommandContext, into names: inout PathList) throws {
        let absolute = context.absolutePath(folder)
        for name in try context.fileSystem.contentsOfDirectory(at: absolute) where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let status = try context.fileSystem.status(of: context.absolutePath(path), followsLinks: false) else {
                continue
            }
            switch status.kind {
            case .directory: try walk(path, context: context, into: &names)
            case .regular where name.hasSuffix(".json"): names.append(path)
            default: continue
            }
        }
    }

    var count: Int { names.count }

    func path(at index: Int) -> String { names[index] }

    func read(at index: Int) -> Result<[UInt8], ReportSourceError> {
        do {
            return .success(try context.readFile(names[index], as: .report, recording: named.contains(index)))
        } catch let error as CLIError {
            return .failure(ReportSourceError(error.description))
        } catch {
            return .failure(ReportSourceError("could not be read"))
        }
    }
}

/// Strings kept end to end in chunked bytes, read back by position: a list of a million file names in their
/// bytes and one offset each.
struct PathList: Sendable {
    private var bytes = ChunkedBytes()
    private var ends = ChunkedArray<Int>()

    var count: Int { ends.count }

    mutating func append(_ string: String) {
        bytes.append(string)
        ends.append(bytes.count)
    }

    subscript(position: Int) -> String {
        bytes.string((position == 0 ? 0 : ends[position - 1])..<ends[position])
    }
}
