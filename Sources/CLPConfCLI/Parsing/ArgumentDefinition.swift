/// One thing a command accepts on its command line: a positional argument, an option with a value
/// (`--format json`, `--format=json`, `-o out.md`), or a flag (`--strict`).
///
/// Commands declare these as `static let` constants, list them in ``ParsableCommand/arguments``, and
/// read the parsed values back through ``ParsedArguments`` using the same constants.
struct ArgumentDefinition: Sendable, Hashable {
    /// What kind of command-line element this is.
    enum Kind: Sendable, Hashable {
        /// A value given by position, taking ``ArgumentArity`` values.
        case positional(ArgumentArity)
        /// `--name VALUE`; a repeatable option collects every occurrence, otherwise the last wins.
        case option(repeatable: Bool, required: Bool)
        /// `--name` with no value.
        case flag
    }

    var kind: Kind
    /// The long name without dashes (`format` for `--format`); for positionals, a key only.
    var name: String
    /// The one-letter short name (`o` for `-o`), if any.
    var shortName: Character?
    /// How the value is shown in usage and help, e.g. `FILE`.
    var valueName: String
    /// One or two sentences for `--help`.
    var help: String
    /// The value used when the option is not given, shown in help.
    var defaultValue: String?
    /// The only values accepted; empty when any value is.
    var allowedValues: [String]

    /// A positional argument such as `FILE...`.
    static func positional(
        _ name: String, valueName: String? = nil, arity: ArgumentArity = .one, help: String
    ) -> ArgumentDefinition {
        ArgumentDefinition(
            kind: .positional(arity), name: name, shortName: nil, valueName: valueName ?? name.uppercased(),
            help: help, defaultValue: nil, allowedValues: [])
    }

    /// An option that takes a value.
    static func option(
        _ name: String, short: Character? = nil, valueName: String? = nil, default defaultValue: String? = nil,
        allowedValues: [String] = [], repeatable: Bool = false, required: Bool = false, help: String
    ) -> ArgumentDefinition {
        ArgumentDefinition(
            kind: .option(repeatable: repeatable, required: required), name: name, shortName: short,
            valueName: valueName ?? name.uppercased(), help: help, defaultValue: defaultValue,
            allowedValues: allowedValues)
    }

    /// An option whose value is one case of a string enum, e.g. `--format text|json`.
    static func option<Choice: CaseIterable & RawRepresentable>(
        _ name: String, short: Character? = nil, valueName: String? = nil, choices: Choice.Type,
        default defaultValue: Choice? = nil, help: String
    ) -> ArgumentDefinition where Choice.RawValue == String {
        option(
            name, short: short, valueName: valueName, default: defaultValue?.rawValue,
            allowedValues: choices.allCases.map(\.rawValue), help: help)
    }

    /// A flag: present or absent.
    static func flag(_ name: String, short: Character? = nil, help: String) -> ArgumentDefinition {
        ArgumentDefinition(
            kind: .flag, name: name, shortName: short, valueName: "", help: help, defaultValue: nil,
            allowedValues: [])
    }

    /// Whether this is a positional argument.
    var isPositional: Bool {
        if case .positional = kind { return true }
        return false
    }

    /// How many values a positional takes; `nil` for options and flags.
    var arity: ArgumentArity? {
        if case .positional(let arity) = kind { return arity }
        return nil
    }

    /// Whether this option or flag may be given more than once, collecting every value.
    var isRepeatable: Bool {
        if case .option(let repeatable, _) = kind { return repeatable }
        return false
    }

    /// How error messages name it: `--format` for options, `FILE` for positionals.
    var displayName: String { isPositional ? valueName : "--" + name }

    /// What the value may be, for messages and usage: `text|json` or `FILE`.
    var valueDescription: String {
        allowedValues.isEmpty || allowedValues.count > 4 ? valueName : allowedValues.joined(separator: "|")
    }
}
