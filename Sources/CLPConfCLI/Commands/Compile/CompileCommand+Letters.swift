import Diagnostics
import Rulebook

extension CompileCommand {
    /// Writes each CLP's letter (`ID.md` and `ID.html`) and `receipts.csv` into `folder`, creating it when it
    /// is missing; never over a report the compile read, and never anything but a regular file.
    func writeLetters(
        to folder: String, result: CompileResult, files: ReportFiles, responses: [CentreResponse], roster: Roster?,
        digests: [String: String], context: CommandContext
    ) throws {
        let absolute = context.absolutePath(folder)
        if let status = try context.fileSystem.status(of: absolute, followsLinks: true) {
            guard status.kind == .directory else { throw CLIError(.notDirectory(path: folder)) }
        } else {
            try context.fileSystem.createDirectory(at: absolute)
        }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let letters = CompileLetters(result: result, responses: responses, roster: roster, editions: digests)
        // Every report was read through the context, so the registry already refuses to write over one; naming
        // them again here would resolve every report's path once per letter.
        var written = 0
        try letters.write(files) { letter in
            for format in [DocumentFormat.md, .html] {
                let text = format.render(letter.document)
                try context.writeFile(
                    Array(text.utf8), to: base + letter.id + "." + format.rawValue, inputs: [])
            }
            written += 1
        }
        try context.writeFile(Array(result.receiptsCSV().utf8), to: base + "receipts.csv", inputs: [])
        context.standardError.write("wrote \(written) letters and receipts.csv to '\(TerminalText.sanitize(folder))'\n")
    }
}
