/// Writes the zsh completion script of a ``CompletionTree``: one function per command, groups handing the
/// rest of the line to their subcommand's function, leaves described to `_arguments` with help text.
struct ZshCompletionGenerator {
    var tree: CompletionTree

    func render() -> String {
        let program = tree.programName
        var lines = ["#compdef \(program)"]
        lines += tree.header(
            shell: "zsh", load: "source <(\(program) completions zsh)",
            install: "\(program) completions zsh > \"${fpath[1]}/_\(program)\"")
        for (index, values) in mixedValues.enumerated() {
            lines += [
                "",
                "__\(program)_values_\(index)() {",
                "    _alternative 'words:value:(\(values.words.joined(separator: " ")))' "
                    + "'paths:path:\(pathAction(values.paths))'",
                "}",
            ]
        }
        for node in tree.nodes {
            lines += [""] + (node.isGroup ? group(node) : leaf(node))
        }
        lines += [
            "",
            "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then",
            "    _\(program) \"$@\"",
            "else",
            "    compdef _\(program) \(program)",
            "fi",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every distinct value set that offers both words and paths; each gets a helper function.
    private var mixedValues: [CompletionTree.Values] {
        var result: [CompletionTree.Values] = []
        let all = tree.nodes.flatMap { $0.options.map(\.values) + $0.positionals.map(\.values) }
        for values in all where !values.words.isEmpty && values.paths != .none && !result.contains(values) {
            result.append(values)
        }
        return result
    }

    private func functionName(_ node: CompletionTree.Node) -> String {
        "_" + tree.programName + (node.identifier.isEmpty ? "" : "_" + node.identifier)
    }

    private func group(_ node: CompletionTree.Node) -> [String] {
        var lines = [
            "\(functionName(node))() {",
            "    local context state state_descr line",
            "    typeset -A opt_args",
            "    _arguments -C \\",
        ]
        lines += node.options.map { "        " + optionSpec($0) + " \\" }
        lines += [
            "        '1: :->command' \\",
            "        '*:: :->argument'",
            "    case $state in",
            "        command)",
            "            local -a commands=(",
        ]
        let children = tree.children(of: node)
        lines += children.map { child in
            "                " + Self.quoted(Self.escaped(child.word, special: ":") + ":" + child.abstract)
        }
        lines += [
            "            )",
            "            _describe -t commands " + Self.quoted(node.name + " command") + " commands",
            "            ;;",
            "        argument)",
            "            case $words[1] in",
        ]
        for child in children {
            lines.append("                \(child.word)) \(functionName(child)) ;;")
        }
        return lines + ["            esac", "            ;;", "    esac", "}"]
    }

    private func leaf(_ node: CompletionTree.Node) -> [String] {
        var specs = node.options.map(optionSpec)
        for positional in node.positionals {
            let action = self.action(positional.values)
            let message = Self.escaped(positional.valueName, special: ":")
            let colons = positional.isOptional ? "::" : ":"
            guard let last = positional.last else {
                specs.append(Self.quoted("*:" + message + ":" + action))
                continue
            }
            for position in positional.first...last {
                specs.append(Self.quoted("\(position + 1)" + colons + message + ":" + action))
            }
        }
        let body = specs.enumerated().map { index, spec in
            "        " + spec + (index == specs.count - 1 ? "" : " \\")
        }
        return ["\(functionName(node))() {", "    _arguments -s -S \\"] + body + ["}"]
    }

    /// One `_arguments` option spec, e.g. `'(-o --output)'{-o+,--output=}'[Write here.]:FILE:_files'`.
    private func optionSpec(_ option: CompletionTree.Option) -> String {
        let help = "[" + Self.escaped(option.help, special: "[]") + "]"
        var value = ""
        if option.takesValue {
            value = ":" + Self.escaped(option.valueName, special: ":") + ":" + action(option.values)
        }
        let long = "--" + option.long + (option.takesValue ? "=" : "")
        guard let short = option.short else {
            return Self.quoted((option.isRepeatable ? "*" : "") + long + help + value)
        }
        let shortSpelling = "-" + String(short) + (option.takesValue ? "+" : "")
        let exclusion = option.isRepeatable ? "*" : "(" + option.spellings.reversed().joined(separator: " ") + ")"
        return Self.quoted(exclusion) + "{" + shortSpelling + "," + long + "}" + Self.quoted(help + value)
    }

    private func action(_ values: CompletionTree.Values) -> String {
        switch (values.words.isEmpty, values.paths) {
        case (true, .none): return " "
        case (false, .none): return "(" + values.words.joined(separator: " ") + ")"
        case (true, let paths): return pathAction(paths)
        case (false, _):
            let index = mixedValues.firstIndex(of: values) ?? 0
            return "__\(tree.programName)_values_\(index)"
        }
    }

    private func pathAction(_ paths: CompletionTree.Values.Paths) -> String {
        switch paths {
        case .none: " "
        case .files: "_files"
        case .directories: "_files -/"
        }
    }

    /// `text` as one zsh single-quoted word.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }

    /// `text` with backslashes and each of `special` escaped by a backslash, for `_arguments` specs.
    private static func escaped(_ text: String, special: String) -> String {
        var result = ""
        for character in text {
            if character == "\\" || special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
