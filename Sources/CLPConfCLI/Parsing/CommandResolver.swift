/// Walks the command tree along the leading words of a command line and decides what to do:
/// run a command with the remaining arguments, show help or the version, or report an unknown name.
enum CommandResolver {
    /// The outcome of resolving a command line.
    struct Resolution {
        /// The commands named so far, root first; never empty.
        var path: [any ParsableCommand.Type]
        var action: Action
    }

    /// What the command line asks for.
    enum Action: Equatable {
        /// Run the last command of the path with these arguments.
        case run([String])
        /// Print the help of the last command of the path.
        case showHelp
        /// Print the version.
        case showVersion(String)
        /// A word that is not a subcommand of the last command of the path.
        case unknownCommand(String)
        /// An option given to a group, which takes none.
        case unknownOption(String)
        /// A leading option (given before the command name) that the command does not take.
        case optionNotTaken(String)
        /// A leading option without its value.
        case missingValue(String)
    }

    /// Options of a command that may also be written before the command's name, as in
    /// `clpconf --menus DIR check FILE`; they are handed to the command as if written after it.
    static let leadingOptions: [ArgumentDefinition] = [.menus]

    /// The flags that ask for help anywhere before `--`.
    static let helpFlags: Set<String> = ["-h", "--help"]

    /// Resolves `arguments` (without the program name) against the tree under `root`.
    static func resolve(_ arguments: [String], root: any ParsableCommand.Type) -> Resolution {
        var path: [any ParsableCommand.Type] = [root]
        var index = 0
        var leading: [String] = []
        while index < arguments.count {
            let current = path[path.count - 1]
            let subcommands = current.configuration.subcommands
            guard !subcommands.isEmpty else { break }
            let token = arguments[index]
            if helpFlags.contains(token) { return Resolution(path: path, action: .showHelp) }
            if token == "--version", path.count == 1, let version = current.configuration.version {
                return Resolution(path: path, action: .showVersion(version))
            }
            if let definition = leadingOption(token) {
                guard token.contains("=") || index + 1 < arguments.count else {
                    return Resolution(path: path, action: .missingValue("--" + definition.name))
                }
                leading += token.contains("=") ? [token] : [token, arguments[index + 1]]
                index += token.contains("=") ? 1 : 2
                continue
            }
            if ArgumentListParser.looksLikeOption(token) || token == "--" {
                return Resolution(path: path, action: .unknownOption(token))
            }
            guard let next = subcommands.first(where: { $0.configuration.name == token }) else {
                return Resolution(path: path, action: .unknownCommand(token))
            }
            path.append(next)
            index += 1
        }
        let leaf = path[path.count - 1]
        let remaining = Array(arguments[index...])
        if !leaf.configuration.subcommands.isEmpty {
            return Resolution(path: path, action: .showHelp)
        }
        let beforeSeparator = remaining.prefix { $0 != "--" }
        if beforeSeparator.contains(where: helpFlags.contains) {
            return Resolution(path: path, action: .showHelp)
        }
        if let missing = leadingOptions.first(where: { option in
            leading.contains { leadingOption($0) == option } && !leaf.arguments.contains { $0.name == option.name }
        }) {
            return Resolution(path: path, action: .optionNotTaken("--" + missing.name))
        }
        return Resolution(path: path, action: .run(leading + remaining))
    }

    /// The leading option `token` gives (`--menus` or `--menus=DIR`), if any.
    private static func leadingOption(_ token: String) -> ArgumentDefinition? {
        let name = token.hasPrefix("--") ? token.dropFirst(2).prefix { $0 != "=" } : ""
        return leadingOptions.first { !name.isEmpty && $0.name == name }
    }

    /// The full command name of a path, e.g. `clpconf menu list`.
    static func commandName(_ path: [any ParsableCommand.Type]) -> String {
        path.map { $0.configuration.name }.joined(separator: " ")
    }
}
