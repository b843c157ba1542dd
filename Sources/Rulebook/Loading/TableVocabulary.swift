import Diagnostics
import TOML

/// How one loader words ``TableProblem``s: a factory of that loader's messages for each kind of problem.
struct TableVocabulary: Sendable {
    /// `(key, context, table)`.
    let missingKey: @Sendable (String, String, SourceSpan) -> Diagnostic
    /// `(key, context, expected, found, value)`.
    let wrongType: @Sendable (String, String, String, TOMLValue, SourceSpan) -> Diagnostic
    /// `(key, context, known keys, key)`.
    let unknownKey: @Sendable (String, String, [String], SourceSpan) -> Diagnostic
    /// The code and severity of ``unknownKey``'s diagnostics.
    let unknownKeyDescriptor: MessageDescriptor
    /// At most this many unknown keys of one table are reported one by one (the rest are counted in
    /// ``TableReader/omitted``); nil for no limit.
    var unknownKeyLimit: Int?

    /// The loader's diagnostic for `problem`.
    func diagnostic(for problem: TableProblem) -> Diagnostic {
        switch problem {
        case .missingKey(let key, let context, let span):
            missingKey(key, context, span)
        case .wrongType(let key, let context, let expected, let found, let span):
            wrongType(key, context, expected, found, span)
        case .unknownKey(let key, let context, let known, let span):
            unknownKey(key, context, known, span)
        }
    }

    /// Menu codes: `M101` missing key, `M110` wrong type, `M103` unknown key.
    static let menu = TableVocabulary(
        missingKey: { MenuMessages.missingKey($0, context: $1, at: $2) },
        wrongType: { MenuMessages.wrongType($0, context: $1, expected: $2, found: $3, at: $4) },
        unknownKey: { MenuMessages.unknownKey($0, context: $1, known: $2, at: $3) },
        unknownKeyDescriptor: RulebookCatalogue.unknownMenuKey)

    /// Selections codes: `S101` missing key, `S105` wrong type, `S102` unknown key (as any unknown name);
    /// the first 100 unknown keys of a table are reported, the rest counted.
    static let selections = TableVocabulary(
        missingKey: { SelectionsMessages.missingKey($0, context: $1, at: $2) },
        wrongType: { SelectionsMessages.wrongType($0, in: $1, expected: $2, found: $3, at: $4) },
        unknownKey: { SelectionsMessages.unknownName("key", $0, known: $2, at: $3, extra: " in \($1)") },
        unknownKeyDescriptor: RulebookCatalogue.unknownSelectionsName, unknownKeyLimit: DiagnosticCap.defaultLimit)
}
