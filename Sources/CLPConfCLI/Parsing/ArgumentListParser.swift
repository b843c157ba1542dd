import Diagnostics

/// Matches a command's arguments (everything after its name) against its ``ArgumentDefinition``s.
///
/// Accepted forms: `--name VALUE`, `--name=VALUE`, `-n VALUE`, `-nVALUE`, grouped short flags
/// (`-ab`), repeated options, and `--` to make every later token positional. A lone `-` and
/// negative numbers are positional values. Help flags are handled earlier, by ``CommandResolver``.
struct ArgumentListParser {
    var definitions: [ArgumentDefinition]

    /// Parses `tokens`.
    ///
    /// - Throws: A usage ``CLIError`` for an unknown option, a missing or invalid value, a missing
    ///   required argument or an unexpected extra argument.
    func parse(_ tokens: [String]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if optionsEnded || !Self.looksLikeOption(token) {
                positionals.append(token)
            } else if token == "--" {
                optionsEnded = true
            } else if token.hasPrefix("--") {
                try parseLong(token, tokens: tokens, index: &index, into: &parsed)
            } else {
                try parseShort(token, tokens: tokens, index: &index, into: &parsed)
            }
        }
        try assignPositionals(positionals, into: &parsed)
        try checkRequiredOptions(parsed)
        return parsed
    }

    /// Whether `token` is an option or flag rather than a value: it starts with `-`, is not just
    /// `-`, and is not a negative number.
    static func looksLikeOption(_ token: String) -> Bool {
        token.hasPrefix("-") && token.count > 1 && Int(token) == nil
    }

    private var namedDefinitions: [ArgumentDefinition] { definitions.filter { !$0.isPositional } }

    private func parseLong(
        _ token: String, tokens: [String], index: inout Int, into parsed: inout ParsedArguments
    ) throws {
        let body = token.dropFirst(2)
        let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        let inlineValue = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
        guard let definition = namedDefinitions.first(where: { $0.name == name }) else {
            throw unknownOption("--" + name)
        }
        if case .flag = definition.kind {
            if inlineValue != nil { throw CLIError.usage("option '--\(name)' takes no value") }
            parsed.raise(definition)
            return
        }
        let value = try inlineValue ?? nextValue(for: definition, tokens: tokens, index: &index)
        try record(value, for: definition, into: &parsed)
    }

    private func parseShort(
        _ token: String, tokens: [String], index: inout Int, into parsed: inout ParsedArguments
    ) throws {
        var letters = Substring(token.dropFirst())
        var isFirst = true
        while let letter = letters.first {
            letters = letters.dropFirst()
            guard let definition = namedDefinitions.first(where: { $0.shortName == letter }) else {
                // `-format` is reported whole (it is probably `--format`); `-vx` names the bad letter.
                throw unknownOption(isFirst ? token : "-\(letter)")
            }
            isFirst = false
            if case .flag = definition.kind {
                parsed.raise(definition)
                continue
            }
            // `-oFILE` and `-o=FILE` carry the value in the same token.
            let attached = letters.hasPrefix("=") ? String(letters.dropFirst()) : String(letters)
            let value = try attached.isEmpty ? nextValue(for: definition, tokens: tokens, index: &index) : attached
            try record(value, for: definition, into: &parsed)
            return
        }
    }

    private func nextValue(for definition: ArgumentDefinition, tokens: [String], index: inout Int) throws -> String {
        guard index < tokens.count, !Self.looksLikeOption(tokens[index]) else {
            throw CLIError.usage("missing value for '--\(definition.name)'; expected \(Self.expected(definition))")
        }
        index += 1
        return tokens[index - 1]
    }

    private func record(_ value: String, for definition: ArgumentDefinition, into parsed: inout ParsedArguments)
        throws
    {
        try validate(value, for: definition)
        if definition.isRepeatable {
            parsed.append(value, for: definition)
        } else {
            parsed.set(value, for: definition)
        }
    }

    private func validate(_ value: String, for definition: ArgumentDefinition) throws {
        guard !definition.allowedValues.isEmpty, !definition.allowedValues.contains(value) else { return }
        throw Self.invalidValue(value, for: definition, allowed: definition.allowedValues)
    }

    /// Hands positional tokens to the positional definitions in order: each takes its minimum, and
    /// the extra tokens go to the earliest definitions that can take more.
    private func assignPositionals(_ tokens: [String], into parsed: inout ParsedArguments) throws {
        let positionals = definitions.compactMap { definition in definition.arity.map { (definition, $0) } }
        // Name the first argument left without a value when each takes only its minimum.
        var neededLater = 0
        for (definition, arity) in positionals {
            neededLater += arity.minimum
            if neededLater > tokens.count { throw CLIError.usage("missing argument '\(definition.valueName)'") }
        }
        var remaining = tokens[...]
        for (definition, arity) in positionals {
            neededLater -= arity.minimum
            let available = remaining.count - neededLater
            let count = min(available, arity.maximum ?? available)
            for value in remaining.prefix(count) {
                try validate(value, for: definition)
                parsed.append(value, for: definition)
            }
            remaining = remaining.dropFirst(count)
        }
        if let extra = remaining.first {
            throw CLIError.usage("unexpected argument '\(extra)'")
        }
    }

    private func checkRequiredOptions(_ parsed: ParsedArguments) throws {
        for definition in namedDefinitions {
            guard case .option(_, required: true) = definition.kind, !parsed.contains(definition) else { continue }
            throw CLIError.usage("missing option '--\(definition.name) \(definition.valueDescription)'")
        }
    }

    private func unknownOption(_ token: String) -> CLIError {
        let longNames = namedDefinitions.map { "--" + $0.name } + ["--help"]
        var suggestion: String?
        if token.hasPrefix("--") {
            suggestion = NameSuggester.suggestion(for: token, among: longNames)
        } else if token.count > 2 {
            // `-format` is probably `--format`; single letters are too short to guess from.
            let asLong = "-" + token
            suggestion = longNames.contains(asLong) ? asLong : NameSuggester.suggestion(for: asLong, among: longNames)
        }
        var message = "unknown option '\(token)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return CLIError.usage(message)
    }

    /// The usage error for a value outside an option's allowed values.
    static func invalidValue(_ value: String, for definition: ArgumentDefinition, allowed: [String]) -> CLIError {
        var message = "invalid value '\(value)' for '\(definition.displayName)'"
        if let match = NameSuggester.suggestion(for: value, among: allowed) {
            message += "; did you mean '\(match)'?"
        } else {
            message += "; expected " + quotedList(allowed)
        }
        return CLIError.usage(message)
    }

    /// What a value should look like, for "missing value" messages.
    private static func expected(_ definition: ArgumentDefinition) -> String {
        definition.allowedValues.isEmpty ? definition.valueName : quotedList(definition.allowedValues)
    }

    /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
    static func quotedList(_ items: [String]) -> String {
        let quoted = items.map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
    }
}
