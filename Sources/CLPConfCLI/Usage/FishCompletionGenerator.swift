/// Writes the fish completion script of a ``CompletionTree``: helper functions that find the command typed
/// so far and count its positional values, then one `complete` line per subcommand, option and positional.
struct FishCompletionGenerator {
    var tree: CompletionTree

    func render() -> String {
        let program = tree.programName
        var lines = tree.header(
            shell: "fish", load: "\(program) completions fish | source",
            install: "\(program) completions fish > ~/.config/fish/completions/\(program).fish")
        lines += [""] + helpers(program)
        lines += ["", "complete -c \(program) -f"]
        for node in tree.nodes {
            lines += ["", "# \(node.name)"] + completions(node)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func helpers(_ program: String) -> [String] {
        let pairs = tree.nodes.filter { $0.path.count > 1 }.map { Self.quoted($0.name) }.joined(separator: " ")
        var lines = [
            "# The command typed so far: '\(program)', '\(program) menu', '\(program) menu list', ...",
            "function __\(program)_command",
            "    set -l tokens (commandline -opc)",
            "    set -e tokens[1]",
            "    set -l command \(program)",
            "    for token in $tokens",
            "        switch \"$command $token\"",
            "            case \(pairs)",
            "                set command \"$command $token\"",
            "            case '*'",
            "                break",
            "        end",
            "    end",
            "    echo $command",
            "end",
            "",
            "# The options of command $argv[1] that take a value.",
            "function __\(program)_value_options",
            "    switch $argv[1]",
        ]
        for node in tree.nodes where !node.valueOptionSpellings.isEmpty {
            lines += [
                "        case \(Self.quoted(node.name))",
                "            printf '%s\\n' " + node.valueOptionSpellings.joined(separator: " "),
            ]
        }
        lines += [
            "    end",
            "end",
            "",
            "# Whether the command typed so far is $argv[1] and the word being completed is its positional value",
            "# number $argv[2] to $argv[3] (counted from 0; '-' for no upper limit).",
            "function __\(program)_positional",
            "    test (__\(program)_command) = $argv[1]; or return 1",
            "    set -l tokens (commandline -opc)",
            "    set -e tokens[1..(count (string split ' ' -- $argv[1]))]",
            "    set -l options (__\(program)_value_options $argv[1])",
            "    set -l count 0",
            "    set -l skip 0",
            "    set -l ended 0",
            "    for token in $tokens",
            "        if test $skip = 1",
            "            set skip 0",
            "        else if test $ended = 0; and test \"$token\" = --",
            "            set ended 1",
            "        else if test $ended = 0; and string match -q -- '-?*' $token",
            "            contains -- $token $options; and set skip 1",
            "        else",
            "            set count (math $count + 1)",
            "        end",
            "    end",
            "    test $count -ge $argv[2]; or return 1",
            "    test $argv[3] = -; or test $count -le $argv[3]",
            "end",
        ]
        return lines
    }

    private func completions(_ node: CompletionTree.Node) -> [String] {
        let program = tree.programName
        let atCommand = "-n " + Self.quoted("test (__\(program)_command) = " + Self.quoted(node.name))
        var lines: [String] = []
        if node.isGroup {
            let first = Self.quoted("__\(program)_positional \(Self.quoted(node.name)) 0 0")
            for child in tree.children(of: node) {
                lines.append("complete -c \(program) -n \(first) -a \(child.word) -d \(Self.quoted(child.abstract))")
            }
        }
        for option in node.options {
            var line = "complete -c \(program) \(atCommand)"
            if let short = option.short { line += " -s \(short)" }
            line += " -l \(option.long)"
            if option.takesValue { line += " " + valueFlags(option.values) }
            lines.append(line + " -d " + Self.quoted(option.help))
        }
        for positional in node.positionals where !positional.values.isEmpty {
            let last = positional.last.map(String.init) ?? "-"
            let condition = "__\(program)_positional \(Self.quoted(node.name)) \(positional.first) \(last)"
            lines.append(
                "complete -c \(program) -n \(Self.quoted(condition)) \(valueFlags(positional.values)) -d "
                    + Self.quoted(positional.help))
        }
        return lines
    }

    /// `-r -F` for a file, `-x -a '…'` for words and folders, `-x` for free text.
    private func valueFlags(_ values: CompletionTree.Values) -> String {
        var arguments = values.words
        switch values.paths {
        case .files: return "-r -F" + (arguments.isEmpty ? "" : " -a " + Self.quoted(arguments.joined(separator: " ")))
        case .directories: arguments.append("(__fish_complete_directories (commandline -ct))")
        case .none: break
        }
        return arguments.isEmpty ? "-x" : "-x -a " + Self.quoted(arguments.joined(separator: " "))
    }

    /// `text` as one fish single-quoted word (only `\` and `'` are special inside).
    private static func quoted(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
}
