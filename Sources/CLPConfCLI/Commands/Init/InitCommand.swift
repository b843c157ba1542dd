import Diagnostics
import Rulebook
import TOML

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `clpconf init --edition E [--from LAST.toml] [--year Y] [-o FILE]`: start this year's selections file;
/// `clpconf init --feedback FILE --from SELECTIONS.toml`: start the year-end feedback file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "init", abstract: "Start this year's selections file from the menu, or from last year's file.",
        discussion: """
            Writes a complete selections file: every section with its options listed as notes, the menu's \
            defaults, and the facts to fill in. With --from, last year's choices and facts are carried over; with \
            --edition newer than last year's, they are first migrated as 'clpconf migrate' does, and what the \
            migration changed is printed on stderr. Never overwrites an existing file.

            With --interactive, asks the questions one at a time instead: the CLP, the AGM date, the facts, the \
            officers, then each section with its options (type ? for advice) and settings, pressing Enter to \
            keep the answer in brackets (with --from, last year's). After each section the choices so far are \
            checked and any fix found is offered. At the end it shows a summary, writes the file (asking \
            before it replaces one) and checks it. Ctrl-D or Ctrl-C stops without writing anything.

            With --feedback FILE and --from this year's selections, writes instead the year-end feedback \
            template: the edition's report questions, and a rating from 1 to 5 with a comment for each option \
            chosen; fill it in and pass it to 'clpconf report --feedback'.
            """,
        examples: [
            CommandExample("clpconf init --edition 2019 -o ours-2026.toml", "A fresh file for the 2019 edition."),
            CommandExample(
                "clpconf init --from ours-2025.toml -o ours-2026.toml", "Start from last year's choices."),
            CommandExample(
                "clpconf init --interactive --edition 2019 -o ours-2026.toml",
                "Answer questions in the terminal; each answer is checked as you go."),
            CommandExample(
                "clpconf init --feedback feedback-2026.toml --from ours-2026.toml", "Start the year-end feedback."),
        ])

    static let edition = ArgumentDefinition.option(
        "edition", valueName: "EDITION", help: "The menu edition (default: last year's, with --from).")
    static let from = ArgumentDefinition.option(
        "from", valueName: "LAST.toml", help: "Last year's selections file to start from.")
    static let year = ArgumentDefinition.option(
        "year", valueName: "YEAR", help: "The AGM year (default: last year's + 1, else this year).")
    static let output = ArgumentDefinition.option(
        "output", short: "o", valueName: "FILE",
        help: "Write here (never overwrites; --interactive asks first); default stdout (--interactive asks for a name)."
    )

    static let feedback = ArgumentDefinition.option(
        "feedback", valueName: "FILE",
        help: "Write the year-end feedback template for --from's year here (never overwrites).")

    static let interactive = ArgumentDefinition.flag(
        "interactive", short: "i",
        help: "Ask the questions one by one in the terminal, checking each answer, then write the file.")

    static var arguments: [ArgumentDefinition] {
        [edition, from, year, output, interactive, feedback, .menus, ColorMode.argument]
    }

    var edition: String?
    var from: String?
    var year: Int?
    var output: String?
    var feedback: String?
    var interactive: Bool
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        edition = arguments.value(Self.edition)
        from = arguments.value(Self.from)
        year = try arguments.value(Self.year, as: Int.self)
        output = arguments.value(Self.output)
        feedback = arguments.value(Self.feedback)
        interactive = arguments.flag(Self.interactive)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func validate() throws {
        if feedback != nil {
            guard !interactive else { throw CLIError.usage("--feedback and --interactive cannot be used together") }
            guard from != nil else {
                throw CLIError.usage("--feedback needs --from SELECTIONS.toml, the year it is for")
            }
            guard edition == nil, year == nil, output == nil else {
                throw CLIError.usage("--feedback writes FILE for --from's year: leave out --edition, --year and -o")
            }
        }
        if edition == nil, from == nil { throw CLIError.usage("give --edition EDITION, or --from LAST.toml") }
        if let year, !SelectionsTemplate.years.contains(year) {
            let years = SelectionsTemplate.years
            throw CLIError.usage(
                "--year \(year) cannot be written: give a year from \(years.lowerBound) to \(years.upperBound)")
        }
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        if let feedback, let from { return try writeFeedback(to: feedback, from: from, context: context) }
        if !interactive, let output, context.fileSystem.fileExists(at: context.absolutePath(output)) {
            throw CLIError.usage("'\(output)' already exists; init never overwrites a file: choose another name")
        }
        guard let (loaded, last, lastFiles) = try startingPoint(context) else { return .invalidInput }
        if interactive { return try runWizard(edition: loaded, last: last, lastFiles: lastFiles, context: context) }
        let printer = DiagnosticPrinter(context: context, color: color)
        let text: String
        do {
            text = try SelectionsTemplate(edition: loaded, year: try targetYear(after: last), last: last).render()
        } catch let error as TOMLWriteError {
            printer.print([error.diagnostic(at: nil)], files: lastFiles)
            return .invalidInput
        } catch let problem as UnwritableYear {
            printer.print([problem.diagnostic], files: lastFiles)
            return .invalidInput
        }
        if let output {
            try context.writeFile(Array(text.utf8), to: output, inputs: [from].compactMap { $0 })
            context.standardError.write(
                "wrote '\(TerminalText.sanitize(output))'; fill it in, then run: clpconf check \(TerminalText.sanitize(output))\n"
            )
        } else {
            context.standardOutput.write(text)
        }
        return .success
    }

    /// The edition to start from and, with `--from`, last year's selections and files; nil when they could
    /// not be read (the diagnostics are printed).
    func startingPoint(_ context: CommandContext) throws -> (Edition, Selections?, [SourceFile])? {
        var last: Selections?
        var loaded: Edition?
        var lastFiles: [SourceFile] = []
        if let from {
            let opened = try YearOpener(context: context, menus: menus).open(from)
            let printer = DiagnosticPrinter(context: context, color: color)
            guard case .evaluated(let lastYear) = opened else {
                if case .unavailable(let diagnostics, let files) = opened { printer.print(diagnostics, files: files) }
                return nil
            }
            guard let selections = lastYear.selections, !lastYear.loadDiagnostics.hasErrors else {
                printer.print(lastYear.loadDiagnostics, files: lastYear.files)
                return nil
            }
            let lastEdition = lastYear.edition
            last = selections
            loaded = lastEdition
            lastFiles = lastYear.files
            if let edition, edition != lastEdition.id {
                guard let carried = try carry(from, across: lastEdition.id, to: edition, context: context) else {
                    return nil
                }
                (last, loaded, lastFiles) = (carried.selections, carried.edition, carried.files)
            }
        } else if let edition {
            let locator = EditionLocator(context: context, explicitDirectory: menus)
            guard let found = try locator.loadOrReport(edition, color: color) else { return nil }
            loaded = found
        }
        guard let loaded else { return nil }
        return (loaded, last, lastFiles)
    }

    /// Last year's `year` cannot be followed by one `init` can write; the diagnostic is at that value.
    struct UnwritableYear: Error {
        var diagnostic: Diagnostic
    }

    /// `--year`, else the year after last year's (worked out without overflow), else this year.
    func targetYear(after last: Selections?) throws(UnwritableYear) -> Int {
        if let year { return year }
        guard let lastYear = last?.year else { return Self.currentYear() }
        switch SelectionsTemplate.year(after: lastYear) {
        case .year(let next): return next
        case .unwritable(let problem): throw UnwritableYear(diagnostic: problem)
        }
    }

    static func currentYear() -> Int {
        Int(Date.now.ISO8601Format().prefix(4)) ?? 2026
    }
}
