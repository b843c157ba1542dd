/// What a value on the command line is completed with, in every shell (argument-parser's `CompletionKind`).
enum CompletionKind: Sendable, Hashable {
    /// Free text: nothing to offer.
    case none
    /// One of a fixed list of words, such as `text` or `json`.
    case words([String])
    /// A file path.
    case file
    /// A folder path.
    case directory
    /// An edition id (found when the script is generated) or an edition folder.
    case edition
    /// The name of a `clpconf` command.
    case command
}

extension ArgumentDefinition {
    /// How the value is completed, read off the definition the way argument-parser reads it off a value's
    /// type: the allowed values if there are any, otherwise by what the value name says it is
    /// (`EDITION`, `DIR`, `FILE`, `LAST.toml`, `COMMAND`). Flags take no value: ``CompletionKind/none``.
    var completionKind: CompletionKind {
        if case .flag = kind { return .none }
        if !allowedValues.isEmpty { return .words(allowedValues) }
        let name = valueName.uppercased()
        if name.contains("EDITION") { return .edition }
        if name == "DIR" { return .directory }
        if name.contains("FILE") || name.hasSuffix(".TOML") { return .file }
        if name == "COMMAND" { return .command }
        return .none
    }
}
