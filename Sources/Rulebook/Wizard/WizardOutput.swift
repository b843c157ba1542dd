import Diagnostics

/// One piece of what the wizard says, so that whoever shows it can style it (bold headings on a terminal)
/// without the wizard knowing about terminals.
public enum WizardOutput: Sendable, Equatable {
    /// A heading: a part of the dialogue or a section's title.
    case heading(String)
    /// A paragraph of explanation or an echo of what was done.
    case text(String)
    /// A problem the rules found, in plain words.
    case problem(String)
    /// The question waiting for an answer (no line end after its last line: the answer is typed after it).
    case prompt(String)

    /// `items` as text: headings underlined in plain text, or bold when `bold`. Every piece has its
    /// terminal escapes shown, not obeyed (untrusted text from the menu, last year's file or the keyboard
    /// cannot move the cursor or change colours).
    public static func render(_ items: [WizardOutput], bold: Bool = false) -> String {
        var out = ""
        for item in items {
            switch item {
            case .heading(let title):
                let safe = TerminalText.sanitize(title)
                out += "\n" + (bold ? "\u{1B}[1m" + safe + "\u{1B}[0m" : safe + "\n" + underline(safe)) + "\n"
            case .text(let text): out += TerminalText.sanitize(text, allowNewlines: true) + "\n"
            case .problem(let text): out += "  ! " + TerminalText.sanitize(text, allowNewlines: true) + "\n"
            case .prompt(let text): out += TerminalText.sanitize(text, allowNewlines: true) + " "
            }
        }
        return out
    }

    private static func underline(_ text: String) -> String {
        String(repeating: "-", count: min(text.count, 72))
    }
}
