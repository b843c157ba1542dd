import Diagnostics
import Rulebook

/// Writes a rendered document where the command line says: atomically to `-o FILE` (a new file or a
/// regular file, never one the run read: see ``AtomicFileWriter``), or to stdout. Plain text has terminal escapes made visible wherever it goes, since a text file is
/// read with `cat` as often as stdout is.
struct DocumentOutput {
    let context: CommandContext
    /// `-o`, if given.
    let path: String?

    /// Writes `text`, in `format`; `inputs` are the files the command read, which are never written over.
    func write(_ text: String, format: DocumentFormat, inputs: [String]) throws {
        try write(format == .txt ? TerminalText.sanitize(text, allowNewlines: true) : text, inputs: inputs)
    }

    /// Writes `text` as it is (JSON, whose writer escapes every control character); `inputs` as above.
    func write(_ safe: String, inputs: [String]) throws {
        if let path {
            try context.writeFile(Array(safe.utf8), to: path, inputs: inputs)
        } else {
            context.standardOutput.write(safe)
        }
    }

    /// Writes the text `body` hands over a piece at a time, as it is (JSON, as above), never holding it whole.
    func write(inputs: [String], streaming body: ((String) -> Void) throws -> Void) throws {
        if let path {
            try context.writeFile(to: path, inputs: inputs, streaming: body)
        } else {
            try body { context.standardOutput.write($0) }
        }
    }
}

extension ArgumentDefinition {
    /// `-o FILE`, shared by every command that writes a document.
    static let output = ArgumentDefinition.option(
        "output", short: "o", valueName: "FILE",
        help: "Write here (atomically; a new or regular file, never an input) instead of stdout.")
}
