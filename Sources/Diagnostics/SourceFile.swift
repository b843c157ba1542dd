/// A named piece of source text that diagnostics can point into.
///
/// Positions inside it are UTF-8 byte offsets; ``SourceLocationConverter`` turns them into
/// lines and columns only when a diagnostic is reported.
public struct SourceFile: Sendable, Equatable {
    /// The path shown in diagnostics (as the user gave it).
    public var path: String
    /// The whole text. Invalid UTF-8 never reaches here: loaders reject it first.
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
