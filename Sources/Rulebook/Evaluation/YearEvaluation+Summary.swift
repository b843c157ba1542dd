import Diagnostics

/// The check's verdict in words and as JSON fields: the fixes found and what an amendment changes.
/// Text is plain; the caller sanitises it for the terminal.
extension YearEvaluation {
    /// "Amendment: set …" with the verdict and the codes added and resolved; empty without amendments.
    public var amendmentText: String {
        guard let amendment else { return "" }
        var text = "Amendment: " + amendment.amendments.map(\.summary).joined(separator: "; ") + "\n"
        text += "  " + amendment.verdict + "\n"
        for change in amendment.changes {
            text += "  changes \(change.title): \(change.before ?? "(none)") -> \(change.after ?? "(none)")\n"
        }
        text += Self.listed("newly broken", amendment.newlyBroken)
        text += Self.listed("now met", amendment.nowMet)
        if !amendment.changedClauses.isEmpty {
            text += "  standing orders changed: " + amendment.changedClauses.joined(separator: "; ") + "\n"
        }
        return text
    }

    /// "  newly broken:" and one line per rule (code, severity, message), its explanation under it.
    private static func listed(_ heading: String, _ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        var text = "  \(heading):\n"
        for diagnostic in diagnostics {
            text += "    \(diagnostic.code) (\(diagnostic.severity.rawValue)): \(diagnostic.message)\n"
            if let explanation = diagnostic.explanation { text += "      \(explanation)\n" }
        }
        return text
    }

    /// The verified fixes, the per-rule partial fixes and the rules no choice can fix; empty when no search ran.
    public var fixesText: String {
        guard let outcome = fixes else { return "" }
        if !outcome.fixes.isEmpty {
            var out =
                loadDiagnostics.hasErrors
                ? "Smallest changes to the choices that satisfy every rule (each re-checked; the other errors above show their own fixes):\n"
                : "Smallest changes that make this valid (each re-checked):\n"
            for (index, fix) in outcome.fixes.enumerated() {
                out += "  \(index + 1). " + fix.summary + Self.warningNote(fix) + "\n"
            }
            return out
        }
        if outcome.exhausted {
            return "no fix found within the search limit: change the choices by hand, guided by the messages above\n"
        }
        var out =
            outcome.partial.isEmpty
            ? ""
            : "No single change to the choices fixes everything. Changes that each fix one rule (re-checked: they break nothing else):\n"
        for (code, fix) in outcome.partial {
            out += "  \(code): " + fix.summary + Self.warningNote(fix) + "\n"
        }
        if !outcome.unfixable.isEmpty {
            out +=
                "Not fixable by changing the choices (see each message's advice): "
                + outcome.unfixable.joined(separator: ", ") + "\n"
        }
        return out
    }

    private static func warningNote(_ fix: FixSearch.Fix) -> String {
        fix.remainingWarnings > 0
            ? " (leaves \(fix.remainingWarnings) warning\(fix.remainingWarnings == 1 ? "" : "s"))" : ""
    }
}
