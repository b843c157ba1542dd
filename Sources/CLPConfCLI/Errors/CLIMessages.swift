import Diagnostics

/// The command line's own diagnostics (as opposed to ``CLIError``s, which end a command), sorted by name.
/// Each takes its code and severity from its entry in ``CLICatalogue``.
enum CLIMessages {
    /// The note printed in place of the diagnostics a ``DiagnosticCap`` left out.
    static func moreLikeThis(_ omission: DiagnosticCap.Omission) -> Diagnostic {
        CLICatalogue.moreLikeThis.diagnostic(
            "and \(omission.count) more like this ('\(omission.code)') in this file are not shown",
            at: omission.location,
            fixIts: [FixIt("correct the ones shown and check again, or look for what they have in common")])
    }
}
