/// Writes the bash completion script of a ``CompletionTree``: one `_clpconf` function that finds the
/// command typed so far, and one function per command that completes its options, their values and its
/// positional arguments.
struct BashCompletionGenerator {
    var tree: CompletionTree

    func render() -> String {
        let program = tree.programName
        var lines = tree.header(
            shell: "bash", load: "source <(\(program) completions bash)",
            install: "\(program) completions bash > ~/.local/share/bash-completion/completions/\(program)")
        lines += [""] + helpers(program)
        lines += entry(program)
        for node in tree.nodes {
            lines += [""] + (node.isGroup ? group(node) : leaf(node))
        }
        lines += ["", "complete -F _\(program) \(program)"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func functionName(_ node: CompletionTree.Node) -> String {
        "_\(tree.programName)_cmd" + (node.identifier.isEmpty ? "" : "_" + node.identifier)
    }

    private func helpers(_ program: String) -> [String] {
        [
            "# Offers the words in $1, and paths when $2 is 'files' or 'directories', that start with $cur.",
            "_\(program)_offer() {",
            "    local word",
            "    COMPREPLY=()",
            "    while IFS= read -r word; do COMPREPLY+=(\"$word\"); done < <(compgen -W \"$1\" -- \"$cur\")",
            "    case $2 in",
            "        files) while IFS= read -r word; do COMPREPLY+=(\"$word\"); done < <(compgen -f -- \"$cur\") ;;",
            "        directories) while IFS= read -r word; do COMPREPLY+=(\"$word\"); done < <(compgen -d -- \"$cur\") ;;",
            "    esac",
            "    [[ -n $2 ]] && compopt -o filenames 2>/dev/null",
            "    return 0",
            "}",
            "",
            "# Prints how many positional values come between word $1 and the word being completed, skipping",
            "# options and the values of the options listed in $2.",
            "_\(program)_position() {",
            "    local index=$1 count=0 ended=",
            "    while (( index < COMP_CWORD )); do",
            "        local word=${COMP_WORDS[index]}",
            "        if [[ -z $ended && $word == -- ]]; then",
            "            ended=1",
            "        elif [[ -z $ended && $word == -?* ]]; then",
            "            if [[ \" $2 \" == *\" $word \"* ]]; then",
            "                # '--format=json' arrives as '--format' '=' 'json'.",
            "                if [[ ${COMP_WORDS[index+1]} == = ]]; then index=$((index + 2)); else index=$((index + 1)); fi",
            "            fi",
            "        else",
            "            count=$((count + 1))",
            "        fi",
            "        index=$((index + 1))",
            "    done",
            "    echo \"$count\"",
            "}",
            "",
        ]
    }

    private func entry(_ program: String) -> [String] {
        let pairs = tree.nodes.filter { $0.path.count > 1 }.map { "\"\($0.name)\"" }
        let dispatch = tree.nodes.map { "        \"\($0.name)\") \(functionName($0)) \"$index\" ;;" }
        return [
            "_\(program)() {",
            "    local cur=${COMP_WORDS[COMP_CWORD]} prev=",
            "    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}",
            "    # With '=' among COMP_WORDBREAKS, '--format=js' arrives as '--format' '=' 'js'.",
            "    if [[ $cur == = ]]; then",
            "        cur=",
            "    elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then",
            "        prev=${COMP_WORDS[COMP_CWORD-2]}",
            "    fi",
            "    # The command typed so far: the leading words that name subcommands.",
            "    local command=\(program) index=1",
            "    while (( index < COMP_CWORD )); do",
            "        case \"$command ${COMP_WORDS[index]}\" in",
            "            " + pairs.joined(separator: "|") + ") command+=\" ${COMP_WORDS[index]}\" ;;",
            "            *) break ;;",
            "        esac",
            "        index=$((index + 1))",
            "    done",
            "    COMPREPLY=()",
            "    case $command in",
        ] + dispatch + ["    esac", "}"]
    }

    private func group(_ node: CompletionTree.Node) -> [String] {
        let options = node.options.flatMap(\.spellings).joined(separator: " ")
        let names = tree.children(of: node).map(\.word).joined(separator: " ")
        return [
            "# \(node.name)",
            "\(functionName(node))() {",
            "    if [[ $cur == -* ]]; then _\(tree.programName)_offer \"\(options)\"; return; fi",
            "    (( $1 == COMP_CWORD )) && _\(tree.programName)_offer \"\(names)\"",
            "    return 0",
            "}",
        ]
    }

    private func leaf(_ node: CompletionTree.Node) -> [String] {
        let program = tree.programName
        var lines = ["# \(node.name)", "\(functionName(node))() {"]
        let valued = node.options.filter(\.takesValue)
        if !valued.isEmpty {
            lines.append("    case $prev in")
            for option in valued {
                lines.append("        \(option.spellings.joined(separator: "|"))) \(offer(option.values)); return ;;")
            }
            lines.append("    esac")
        }
        let options = node.options.flatMap(\.spellings).joined(separator: " ")
        lines.append("    if [[ $cur == -* ]]; then _\(program)_offer \"\(options)\"; return; fi")
        let positionals = node.positionals.filter { !$0.values.isEmpty }
        if !positionals.isEmpty {
            let skipped = node.valueOptionSpellings.joined(separator: " ")
            lines.append("    case $(_\(program)_position \"$1\" \"\(skipped)\") in")
            for positional in positionals {
                if positional.last == nil, positional.first > 0 {
                    // `*` below must not catch the earlier positions, whose values are free text.
                    lines.append("        " + (0..<positional.first).map(String.init).joined(separator: "|") + ") ;;")
                }
                lines.append("        \(pattern(positional))) \(offer(positional.values)) ;;")
            }
            lines.append("    esac")
        }
        return lines + ["    return 0", "}"]
    }

    /// The `case` pattern of the positions a positional takes: `0`, `1|2`, or `*` for the rest.
    private func pattern(_ positional: CompletionTree.Positional) -> String {
        guard let last = positional.last else { return "*" }
        return (positional.first...last).map(String.init).joined(separator: "|")
    }

    private func offer(_ values: CompletionTree.Values) -> String {
        let words = "\"" + values.words.joined(separator: " ") + "\""
        switch values.paths {
        case .none: return "_\(tree.programName)_offer \(words)"
        case .files: return "_\(tree.programName)_offer \(words) files"
        case .directories: return "_\(tree.programName)_offer \(words) directories"
        }
    }
}
