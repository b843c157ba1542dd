import Diagnostics

/// Prints diagnostics the way every command does: compiler-style text on stderr (coloured only on a
/// terminal without `NO_COLOR`), or one JSON document on stdout.
///
/// At most ``DiagnosticCap/defaultLimit`` diagnostics of one code are printed per file, then one note
/// (C301) says how many more there are; the summary line and the JSON counts still count them all, and the
/// exit status is decided by the command from every diagnostic, so the cap changes only what is printed.
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
        // Only the files the diagnostics point into: building a line table for every menu file would cost
        // more than the check itself.
        let shown = DiagnosticCap().apply(diagnostics, omitted: CLIMessages.moreLikeThis)
        var referenced = Set<String>()
        for diagnostic in shown {
            if let file = diagnostic.location?.file { referenced.insert(file) }
            for note in diagnostic.notes { if let file = note.location?.file { referenced.insert(file) } }
            for highlight in diagnostic.highlights { referenced.insert(highlight.file) }
        }
        let sources = SourceStore(files.filter { referenced.contains($0.path) })
        switch format {
        case .text:
            let renderer = TextDiagnosticRenderer(sources: sources, useColor: context.colorsErrors(color))
            context.standardError.write(
                renderer.render(shown, summary: false) + TextDiagnosticRenderer.summary(of: diagnostics))
        case .json:
            var document = JSONDiagnosticRenderer(sources: sources).document(shown, counting: diagnostics)
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
