import Diagnostics

/// Prints diagnostics the way every command does: compiler-style text on stderr (coloured only on a
/// terminal without `NO_COLOR`), or one JSON document on stdout.
struct DiagnosticPrinter {
    /// How diagnostics are printed.
    enum Format: String, CaseIterable, Sendable {
        case text
        case json
    }

    let context: CommandContext
    let color: ColorMode

    func print(
        _ diagnostics: [Diagnostic], files: [SourceFile], format: Format = .text, extra: [(String, JSONValue)] = []
    ) {
        let sources = SourceStore(files)
        switch format {
        case .text:
            let renderer = TextDiagnosticRenderer(sources: sources, useColor: context.colorsErrors(color))
            context.standardError.write(renderer.render(diagnostics))
        case .json:
            var document = JSONDiagnosticRenderer(sources: sources).document(diagnostics)
            if case .object(let members) = document { document = .object(members + extra) }
            context.standardOutput.write(document.rendered(pretty: true) + "\n")
        }
    }
}

extension ArgumentDefinition {
    /// `--menus DIR`, shared by every command that loads an edition.
    static let menus = ArgumentDefinition.option(
        "menus", valueName: "DIR",
        help:
            "Folder holding the menu editions (default: $CLPCONF_MENUS, then menus/ here or above, then beside clpconf)."
    )
}
