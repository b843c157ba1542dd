/// Builds the one-line synopsis of a command, e.g.
/// `clpconf toml FILE... [--format text|json] [--color auto|always|never]`.
struct UsageGenerator {
    /// The command and its parents, root first.
    var path: [any ParsableCommand.Type]

    /// The synopsis, starting with the full command name.
    func usageLine() -> String {
        guard let command = path.last else { return "" }
        let name = CommandResolver.commandName(path)
        if !command.configuration.subcommands.isEmpty {
            return name + " COMMAND ..."
        }
        let parts = command.arguments.map(Self.synopsis)
        return ([name] + parts).joined(separator: " ")
    }

    /// How one argument appears in the synopsis.
    static func synopsis(_ definition: ArgumentDefinition) -> String {
        switch definition.kind {
        case .positional(let arity):
            let value = definition.valueName + (arity.isVariadic ? "..." : "")
            return arity.minimum == 0 ? "[\(value)]" : value
        case .option(let repeatable, let required):
            let text = "--\(definition.name) \(definition.valueDescription)"
            let repeated = repeatable ? "..." : ""
            return required ? text + repeated : "[\(text)]" + repeated
        case .flag:
            return "[--\(definition.name)]"
        }
    }

    /// How one option or flag is labelled in the OPTIONS list: `-o, --output FILE`.
    static func label(_ definition: ArgumentDefinition) -> String {
        switch definition.kind {
        case .positional:
            return definition.valueName
        case .option, .flag:
            var label = definition.shortName.map { "-\($0), " } ?? ""
            label += "--" + definition.name
            if case .option = definition.kind { label += " " + definition.valueDescription }
            return label
        }
    }
}
