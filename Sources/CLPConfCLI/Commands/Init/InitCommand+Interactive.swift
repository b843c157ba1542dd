import Diagnostics
import RuleLanguage
import Rulebook

extension InitCommand {
    /// `init --interactive`: runs the ``SelectionsWizard`` on the context's typed lines, then writes the file
    /// (asking before it replaces one, never over an input) and checks it as `clpconf check` would.
    ///
    /// The end of input at any question stops with exit status 2 and nothing written; so does Ctrl-C on the
    /// process's own stdin.
    func runWizard(edition: Edition, last: Selections?, lastFiles: [SourceFile], context: CommandContext) throws
        -> ExitCode
    {
        let inputs = [from].compactMap { $0 } + edition.files.map(\.path)
        if let output { try refuseUnwritable(output, inputs: inputs, context: context) }
        let startYear: Int
        do {
            startYear = try targetYear(after: last)
        } catch {
            DiagnosticPrinter(context: context, color: color).print([error.diagnostic], files: lastFiles)
            return .invalidInput
        }
        let dialogue = Dialogue(context: context, bold: context.colorsOutput(color))
        if context.standardInput.isProcessInput { Platform.stopOnInterrupt() }
        var wizard = SelectionsWizard(
            edition: edition, year: startYear, last: last, fixSearchTimeLimit: context.fixSearchTimeLimit)
        dialogue.say(wizard.start())
        while wizard.state == .asking {
            guard let line = context.standardInput.readLine() else {
                dialogue.say(wizard.endOfInput())
                return .usageOrIOError
            }
            dialogue.say(wizard.receive(line))
        }
        guard case .finished(let text) = wizard.state,
            let path = try destination(year: wizard.fileYear, inputs: inputs, dialogue: dialogue)
        else { return .usageOrIOError }
        if context.standardInput.isProcessInput { Platform.ignoreInterrupts() }
        try context.writeFile(Array(text.utf8), to: path, inputs: inputs)
        dialogue.say([.heading("Written"), .text("Wrote '" + path + "'. Checking it as 'clpconf check' does:")])
        var check = ["check", path]
        if let menus { check += ["--menus", menus] }
        return CommandRunner(root: RootCommand.self).run(check + ["--color", color.rawValue], context: context)
    }

    /// Refuses, before any question, an output that could never be written: an input of this run, a folder,
    /// a FIFO or a device.
    private func refuseUnwritable(_ output: String, inputs: [String], context: CommandContext) throws {
        _ = try OutputTarget(output, fileSystem: context.fileSystem, currentDirectory: context.currentDirectory)
        let writer = AtomicFileWriter(
            fileSystem: context.fileSystem, currentDirectory: context.currentDirectory, registry: context.inputs)
        try writer.checkNotInput(output, inputs: inputs)
    }

    /// Where to write: `-o`, or a name asked for; when something is there, the secretary is asked before it
    /// is replaced (no: another name is asked for). Nil when the input ends first.
    private func destination(year: Int, inputs: [String], dialogue: Dialogue) throws -> String? {
        var path = output
        while true {
            if path == nil {
                let name = WizardQuestion(
                    "File to write", kind: .text, default: .string("selections-\(year).toml"), target: .clpName)
                guard case .string(let typed)? = dialogue.ask(name) else { return nil }
                do {
                    try refuseUnwritable(typed, inputs: inputs, context: dialogue.context)
                } catch let error as CLIError {
                    // The answers are kept: another name is asked for.
                    dialogue.say([.text("  " + error.description + ".")])
                    continue
                }
                path = typed
            }
            guard let chosen = path else { continue }
            let context = dialogue.context
            guard context.fileSystem.fileExists(at: context.absolutePath(chosen)) else { return chosen }
            let replace = WizardQuestion(
                "'" + chosen + "' already exists. Replace it", kind: .boolean, default: .boolean(false),
                target: .clpName)
            switch dialogue.ask(replace) {
            case .boolean(true)?: return chosen
            case .boolean(false)?: path = nil
            default: return nil
            }
        }
    }
}

/// The wizard's side of the terminal: what it says goes to stdout (bold headings only where colour is
/// allowed), answers come from the context's typed lines.
struct Dialogue {
    let context: CommandContext
    let bold: Bool

    func say(_ items: [WizardOutput]) {
        context.standardOutput.write(WizardOutput.render(items, bold: bold))
    }

    /// Asks `question` until it is answered; nil when the input ends (which is said).
    func ask(_ question: WizardQuestion) -> RuleValue? {
        let prompt = WizardOutput.prompt("  " + question.text + " [" + Self.words(question.defaultValue) + "]:")
        say([prompt])
        while let line = context.standardInput.readLine() {
            switch question.parse(line) {
            case .answer(let value): return value
            case .invalid(let message): say([.text("  " + message + "."), prompt])
            case .help, .leftOut: say([prompt])
            }
        }
        say([.text("\nStopped before the end: no file was written.")])
        return nil
    }

    private static func words(_ value: RuleValue?) -> String {
        switch value {
        case .boolean(true)?: "Y/n"
        case .boolean(false)?: "y/N"
        case .string(let text)?: TerminalText.sanitize(text)
        default: ""
        }
    }
}
