import Diagnostics
import Rulebook
import TOML

/// `clpconf explain CODE | section[.option]`: why a rule is there, or what an option means.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "explain", abstract: "Explain a diagnostic code, a rule, a section, an option or a setting.",
        discussion: """
            For a menu constraint code (e.g. GOV02) prints the rule in plain words, its citation, its rationale, \
            how it is checked and its examples. For clpconf's own codes (S106, R201, T120...) prints what the code \
            means. For section[.option] prints the booklet's entry. With --file, a value's NAME (a derived \
            value such as quorum, a setting, a fact) prints that CLP's value and how it was worked out. \
            Rules are explained in words; --verbose adds each rule as written in the rule language.
            """,
        examples: [
            CommandExample("clpconf explain MTG01 --edition 2019", "A rule of the 2019 edition."),
            CommandExample("clpconf explain governance.delegate_gc", "What the delegate GC option means."),
            CommandExample("clpconf explain S106", "What a clpconf diagnostic code means."),
            CommandExample("clpconf explain EXE03 --edition 2019 --verbose", "A rule, with its expression as written."),
            CommandExample(
                "clpconf explain quorum --file examples/eastbrook-2022.toml",
                "This CLP's quorum and how it is worked out."),
        ])

    static let subject = ArgumentDefinition.positional(
        "subject", valueName: "CODE|SECTION[.ITEM]", help: "What to explain.")
    static let edition = ArgumentDefinition.option(
        "edition", valueName: "EDITION", help: "Which edition (default: the newest found).")

    static let file = ArgumentDefinition.option(
        "file", valueName: "FILE",
        help: "A CLP's selections: explain a value (quorum, gc_size, a setting) as that year has it.")

    static let verbose = ArgumentDefinition.flag(
        "verbose", help: "Also show each rule as written in the rule language.")

    static var arguments: [ArgumentDefinition] { [subject, edition, file, verbose, .menus] }

    var subject: String
    var edition: String?
    var file: String?
    var verbose: Bool
    var menus: String?

    init(_ arguments: ParsedArguments) throws {
        subject = try arguments.required(Self.subject)
        edition = arguments.value(Self.edition)
        file = arguments.value(Self.file)
        verbose = arguments.flag(Self.verbose)
        menus = arguments.value(.menus)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        if let file {
            return try explainValue(in: file, context)
        }
        if let explanation = builtinExplanation() {
            context.standardOutput.write(explanation)
            return .success
        }
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        let ids = try edition.map { [$0] } ?? locator.editions().map(\.id).reversed()
        // Newest first, published editions before drafts, so a draft never hides the rule in force.
        let editions = try ids.compactMap { try locator.load($0).edition }
        var known: [String] = []
        for loaded in editions.filter({ !$0.isDraft }) + editions.filter(\.isDraft) {
            let constraints = loaded.allConstraints
            known += constraints.map(\.code) + loaded.sections.map(\.id)
            if let constraint = constraints.first(where: { $0.code == subject }) {
                let example = try failingExample(of: constraint, in: loaded, locator: locator)
                write(
                    ConstraintExplainer.document(constraint, edition: loaded, example: example, verbose: verbose),
                    context)
                return .success
            }
            if let document = MenuExplainer(edition: loaded, verbose: verbose).document(for: subject) {
                write(document, context)
                return .success
            }
        }
        let catalogue = CodeIndex.all.map(\.code)
        throw CLIError.usage(
            "nothing called '\(subject)' to explain" + NameSuggester.didYouMean(subject, among: known + catalogue))
    }

    /// `--file`: the value `subject` names, as that CLP's year has it.
    private func explainValue(in file: String, _ context: CommandContext) throws -> ExitCode {
        switch try YearOpener(context: context, menus: menus).open(file) {
        case .unavailable(let diagnostics, let files):
            DiagnosticPrinter(context: context, color: .auto).print(diagnostics, files: files)
            return .invalidInput
        case .evaluated(let year):
            if let document = ValueExplainer(year, verbose: verbose).document(for: subject) {
                write(document, context)
                return .success
            }
            let known = year.derived.map(\.id) + year.bindings.names
            throw CLIError.usage(
                "'\(file)' has no value called '\(subject)'" + NameSuggester.didYouMean(subject, among: known))
        }
    }

    /// What `check` reports for the constraint's first failing example, merged onto the edition's
    /// `example.toml`; nil when the edition has no example file or the example does not fail.
    private func failingExample(of constraint: Constraint, in edition: Edition, locator: EditionLocator) throws
        -> Diagnostic?
    {
        let source = try locator.source(at: try locator.directory(for: edition.id))
        guard let example = source.example else { return nil }
        let parsed = TOMLParser.parse(bytes: example.bytes, path: example.path)
        guard parsed.isValid else { return nil }
        let runner = ExampleRunner(edition: edition, base: parsed.document)
        let outcomes = runner.run(constraint).outcomes.filter(\.expectFailure)
        return outcomes.lazy.compactMap { $0.diagnostics.first { $0.code == constraint.code } }.first
    }

    /// What one of clpconf's own codes means, from the catalogue of the module that declares it.
    private func builtinExplanation() -> String? {
        CodeIndex.descriptor(for: subject).map { CodeIndex.explanation(of: $0) }
    }

    private func write(_ document: DocumentTree, _ context: CommandContext) {
        context.standardOutput.write(
            TerminalText.sanitize(PlainTextRenderer(width: 88).render(document), allowNewlines: true))
    }
}
