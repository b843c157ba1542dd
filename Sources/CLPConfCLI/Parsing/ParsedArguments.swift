/// The values found on a command line, looked up by the ``ArgumentDefinition`` that declared them.
struct ParsedArguments: Sendable {
    /// Values given for options and positionals, keyed by ``ArgumentDefinition/name``, in order.
    private(set) var values: [String: [String]] = [:]
    /// How many times each flag was given, keyed by name.
    private(set) var flagCounts: [String: Int] = [:]

    /// Records one more value for an option or positional.
    mutating func append(_ value: String, for definition: ArgumentDefinition) {
        values[definition.name, default: []].append(value)
    }

    /// Replaces the values of a non-repeatable option (the last occurrence wins).
    mutating func set(_ value: String, for definition: ArgumentDefinition) {
        values[definition.name] = [value]
    }

    /// Records one occurrence of a flag.
    mutating func raise(_ definition: ArgumentDefinition) {
        flagCounts[definition.name, default: 0] += 1
    }

    /// Whether the option or positional was given at all (defaults do not count).
    func contains(_ definition: ArgumentDefinition) -> Bool {
        !(values[definition.name] ?? []).isEmpty || flagCounts[definition.name] != nil
    }

    /// The value of a single-valued option or positional, or its default.
    func value(_ definition: ArgumentDefinition) -> String? {
        values[definition.name]?.last ?? definition.defaultValue
    }

    /// Every value of a repeatable option or variadic positional, in command-line order.
    func values(_ definition: ArgumentDefinition) -> [String] {
        values[definition.name] ?? definition.defaultValue.map { [$0] } ?? []
    }

    /// Whether a flag was given.
    func flag(_ definition: ArgumentDefinition) -> Bool {
        flagCounts[definition.name, default: 0] > 0
    }

    /// The value of a required option or positional.
    ///
    /// - Throws: A usage ``CLIError`` when it is missing.
    func required(_ definition: ArgumentDefinition) throws -> String {
        guard let value = value(definition) else {
            let what = definition.isPositional ? "argument" : "option"
            throw CLIError.usage("missing \(what) '\(definition.displayName)'")
        }
        return value
    }

    /// The value as a case of a string enum (for options declared with `choices:`).
    ///
    /// - Throws: A usage ``CLIError`` when the value is missing or not a case.
    func choice<Choice: CaseIterable & RawRepresentable>(
        _ definition: ArgumentDefinition, as type: Choice.Type
    ) throws -> Choice where Choice.RawValue == String {
        let raw = try required(definition)
        guard let choice = Choice(rawValue: raw) else {
            throw ArgumentListParser.invalidValue(raw, for: definition, allowed: type.allCases.map(\.rawValue))
        }
        return choice
    }

    /// The value converted with `T(String)`, e.g. an `Int`; `nil` when absent.
    ///
    /// - Throws: A usage ``CLIError`` when the value does not convert.
    func value<T: LosslessStringConvertible>(_ definition: ArgumentDefinition, as type: T.Type) throws -> T? {
        guard let raw = value(definition) else { return nil }
        guard let converted = T(raw) else {
            let expected = T.self is any BinaryInteger.Type ? "an integer" : "a value of type '\(T.self)'"
            throw CLIError.usage("invalid value '\(raw)' for '\(definition.displayName)'; expected \(expected)")
        }
        return converted
    }
}
