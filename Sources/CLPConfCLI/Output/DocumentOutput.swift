import Diagnostics
import Rulebook

/// Writes a rendered document where the command line says: atomically to `-o FILE` (never over an input),
/// or to stdout, where plain text has terminal escapes made visible.
struct DocumentOutput {
    let context: CommandContext
    /// `-o`, if given.
    let path: String?

    /// Writes `text`, in `format`; `inputs` are the files the command read, which are never written over.
    func write(_ text: String, format: DocumentFormat, inputs: [String]) throws {
        if let path {
            try context.writeFile(Array(text.utf8), to: path, inputs: inputs)
        } else {
            context.standardOutput.write(format == .txt ? TerminalText.sanitize(text, allowNewlines: true) : text)
        }
    }
}

extension ArgumentDefinition {
    /// `-o FILE`, shared by every command that writes a document.
    static let output = ArgumentDefinition.option(
        "output", short: "o", valueName: "FILE", help: "Write here (atomically) instead of stdout.")
}
