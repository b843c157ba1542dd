/// When to colour output: the `--color` option.
enum ColorMode: String, CaseIterable, Sendable {
    /// Colour when the stream is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    case auto
    /// Always colour, even into a pipe and despite `NO_COLOR`.
    case always
    /// Never colour.
    case never

    /// The `--color auto|always|never` option, for commands that print diagnostics.
    static let argument = ArgumentDefinition.option(
        "color", valueName: "WHEN", choices: ColorMode.self, default: .auto,
        help: "When to colour diagnostics: auto (on a terminal without NO_COLOR), always or never.")

    /// Whether to colour a stream.
    ///
    /// - Parameters:
    ///   - isTerminal: Whether the stream is a terminal.
    ///   - environment: The process environment, read for `NO_COLOR` and `TERM`.
    func usesColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto:
            isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
