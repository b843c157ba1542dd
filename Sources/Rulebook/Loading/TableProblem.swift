import Diagnostics
import TOML

/// What ``TableReader`` finds wrong with a table, before a loader words it with a code of its own.
///
/// The reader serves menus and selections alike, so it names no code: each loader hands it a
/// ``TableVocabulary`` that turns these problems into that loader's diagnostics as they are found.
enum TableProblem {
    /// A required key is absent; `at` is the table.
    case missingKey(_ key: String, context: String, at: SourceSpan)
    /// A key holds the wrong kind of value; `expected` is the kind it should hold, e.g. `"an integer"`.
    case wrongType(_ key: String, context: String, expected: String, found: TOMLValue, at: SourceSpan)
    /// A key that nothing read; `known` are the keys that were asked for, the candidates for "did you mean".
    case unknownKey(_ key: String, context: String, known: [String], at: SourceSpan)
}
