import Diagnostics
import Rulebook

extension InitCommand {
    /// `init --feedback FILE --from SELECTIONS.toml`: the feedback template for the year `from` records,
    /// written to `path` (never over an existing file or an input).
    func writeFeedback(to path: String, from: String, context: CommandContext) throws -> ExitCode {
        if context.fileSystem.fileExists(at: context.absolutePath(path)) {
            throw CLIError.usage("'\(path)' already exists; init never overwrites a file: choose another name")
        }
        let printer = DiagnosticPrinter(context: context, color: color)
        let year: YearEvaluation
        switch try YearOpener(context: context, menus: menus).open(from) {
        case .evaluated(let evaluated): year = evaluated
        case .unavailable(let diagnostics, let files):
            printer.print(diagnostics, files: files)
            return .invalidInput
        }
        guard !year.loadDiagnostics.hasErrors else {
            printer.print(year.loadDiagnostics, files: year.files)
            return .invalidInput
        }
        let text = FeedbackTemplate(year).render()
        try context.writeFile(Array(text.utf8), to: path, inputs: [from] + year.edition.files.map(\.path))
        context.standardError.write(
            "wrote '\(TerminalText.sanitize(path))'; answer it, then run: clpconf report "
                + "\(TerminalText.sanitize(from)) --feedback \(TerminalText.sanitize(path))\n")
        return .success
    }
}
