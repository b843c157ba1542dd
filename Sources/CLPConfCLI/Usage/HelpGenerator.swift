/// Builds the `--help` page of a command: overview, discussion, usage, arguments, options,
/// subcommands and examples.
struct HelpGenerator {
    /// The command and its parents, root first.
    var path: [any ParsableCommand.Type]
    /// The width text is wrapped to.
    var width = 80

    /// Where help text starts in the ARGUMENTS, OPTIONS and COMMANDS lists.
    private let helpColumn = 26

    /// The whole help page, ending with a newline.
    func render() -> String {
        guard let command = path.last else { return "" }
        let configuration = command.configuration
        var sections: [[String]] = [TextWrapper.wrap("OVERVIEW: " + configuration.abstract, width: width)]
        if !configuration.discussion.isEmpty {
            sections.append(TextWrapper.wrap(configuration.discussion, width: width))
        }
        sections.append(["USAGE: " + UsageGenerator(path: path).usageLine()])
        let positionals = command.arguments.filter(\.isPositional)
        if !positionals.isEmpty {
            sections.append(["ARGUMENTS:"] + positionals.flatMap(entry))
        }
        sections.append(["OPTIONS:"] + optionEntries(command))
        if !configuration.subcommands.isEmpty {
            let rows = configuration.subcommands.flatMap {
                row(label: $0.configuration.name, help: $0.configuration.abstract)
            }
            let name = CommandResolver.commandName(path)
            let example = path.count == 1 ? name + " help COMMAND" : name + " COMMAND --help"
            let pointer = "  See '\(example)' for the help of a command."
            sections.append(["COMMANDS:"] + rows + ["", pointer])
        }
        if !configuration.examples.isEmpty {
            let lines = configuration.examples.flatMap { example in
                ["  " + example.command] + TextWrapper.wrap(example.explanation, width: width, indent: 6)
            }
            sections.append(["EXAMPLES:"] + lines)
        }
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    private func optionEntries(_ command: any ParsableCommand.Type) -> [String] {
        var lines = command.arguments.filter { !$0.isPositional }.flatMap(entry)
        lines += row(label: "-h, --help", help: "Show this help.")
        if path.count == 1, command.configuration.version != nil {
            lines += row(label: "--version", help: "Show the version.")
        }
        if !command.configuration.subcommands.isEmpty {
            for option in CommandResolver.leadingOptions {
                lines += row(
                    label: UsageGenerator.label(option),
                    help: option.help + " May be written before the command, for the command that follows.")
            }
        }
        return lines
    }

    private func entry(_ definition: ArgumentDefinition) -> [String] {
        var help = definition.help
        if let defaultValue = definition.defaultValue { help += " (default: \(defaultValue))" }
        if definition.isRepeatable { help += " (repeatable)" }
        return row(label: UsageGenerator.label(definition), help: help)
    }

    /// `  label   help...` with the help wrapped at ``helpColumn``; a long label gets its own line.
    private func row(label: String, help: String) -> [String] {
        let labelText = "  " + label
        var helpLines = TextWrapper.wrap(help, width: width, indent: helpColumn)
        guard !helpLines.isEmpty else { return [labelText] }
        if labelText.count + 2 <= helpColumn {
            let first = helpLines.removeFirst().dropFirst(helpColumn)
            let padding = String(repeating: " ", count: helpColumn - labelText.count)
            return [labelText + padding + first] + helpLines
        }
        return [labelText] + helpLines
    }
}
