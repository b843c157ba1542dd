import Diagnostics
import TOML

/// How one loader words ``TableProblem``s: each case names a loader, whose message factories it uses for each
/// kind of problem. (A case rather than stored closures, so a reader carries no references for it.)
enum TableVocabulary: Sendable {
    /// Menu codes: `M101` missing key, `M110` wrong type, `M103` unknown key.
    case menu
    /// Selections codes: `S101` missing key, `S105` wrong type, `S102` unknown key (as any unknown name).
    case selections

    /// The loader's diagnostic for `problem`.
    func diagnostic(for problem: TableProblem) -> Diagnostic {
        switch (self, problem) {
        case (.menu, .missingKey(let key, let context, let span)):
            MenuMessages.missingKey(key, context: context, at: span)
        case (.menu, .wrongType(let key, let context, let expected, let found, let span)):
            MenuMessages.wrongType(key, context: context, expected: expected, found: found, at: span)
        case (.menu, .unknownKey(let key, let context, let known, let span)):
            MenuMessages.unknownKey(key, context: context, known: known, at: span)
        case (.selections, .missingKey(let key, let context, let span)):
            SelectionsMessages.missingKey(key, context: context, at: span)
        case (.selections, .wrongType(let key, let context, let expected, let found, let span)):
            SelectionsMessages.wrongType(key, in: context, expected: expected, found: found, at: span)
        case (.selections, .unknownKey(let key, let context, let known, let span)):
            SelectionsMessages.unknownName("key", key, known: known, at: span, extra: " in \(context)")
        }
    }

    /// The code and severity of the unknown-key diagnostics.
    var unknownKeyDescriptor: MessageDescriptor {
        switch self {
        case .menu: RulebookCatalogue.unknownMenuKey
        case .selections: RulebookCatalogue.unknownSelectionsName
        }
    }

    /// At most this many unknown keys of one table are reported one by one (the rest are counted in
    /// ``TableReader/omitted``); nil for no limit. Selections report the first 100; menus have no limit.
    var unknownKeyLimit: Int? {
        switch self {
        case .menu: nil
        case .selections: DiagnosticCap.defaultLimit
        }
    }
}
