import Diagnostics
import Rulebook

/// `clpconf explain CODE | section[.option]`: why a rule is there, or what an option means.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "explain", abstract: "Explain a diagnostic code, a rule, a section, an option or a setting.",
        discussion: """
            For a menu constraint code (e.g. GOV02) prints the rule in plain words, its citation, its rationale, \
            how it is checked and its examples. For clpconf's own codes (S106, R201, T120...) prints what the code \
            means. For section[.option] prints the booklet's entry.
            """,
        examples: [
            CommandExample("clpconf explain MTG01 --edition 2019", "A rule of the 2019 edition."),
            CommandExample("clpconf explain governance.delegate_gc", "What the delegate GC option means."),
            CommandExample("clpconf explain S106", "What a clpconf diagnostic code means."),
        ])

    static let subject = ArgumentDefinition.positional(
        "subject", valueName: "CODE|SECTION[.ITEM]", help: "What to explain.")
    static let edition = ArgumentDefinition.option(
        "edition", valueName: "EDITION", help: "Which edition (default: the newest found).")

    static var arguments: [ArgumentDefinition] { [subject, edition, .menus] }

    var subject: String
    var edition: String?
    var menus: String?

    init(_ arguments: ParsedArguments) throws {
        subject = try arguments.required(Self.subject)
        edition = arguments.value(Self.edition)
        menus = arguments.value(.menus)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        if let explanation = builtinExplanation() {
            context.standardOutput.write(explanation)
            return .success
        }
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        let ids = edition.map { [$0] } ?? locator.editions().map(\.id).reversed()
        var known: [String] = []
        for id in ids {
            guard let loaded = try locator.load(id).edition else { continue }
            let constraints = loaded.allConstraints
            known += constraints.map(\.code) + loaded.sections.map(\.id)
            if let constraint = constraints.first(where: { $0.code == subject }) {
                write(ConstraintExplainer.document(constraint, edition: loaded), context)
                return .success
            }
            if let document = MenuExplainer(edition: loaded).document(for: subject) {
                write(document, context)
                return .success
            }
        }
        let catalogue = CodeIndex.all.map(\.code)
        throw CLIError.usage(
            "nothing called '\(subject)' to explain" + NameSuggester.didYouMean(subject, among: known + catalogue))
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
