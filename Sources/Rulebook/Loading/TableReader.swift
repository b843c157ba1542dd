import Diagnostics
import TOML

/// Reads typed keys out of one TOML table, reporting wrong types and missing keys and remembering which keys
/// were read, so unknown keys can be reported with a "did you mean".
///
/// Loaders for menus and selections are written as a series of reads against this type. The reader finds
/// neutral ``TableProblem``s; the loader's ``TableVocabulary`` words each one with that loader's code as it is
/// reported.
struct TableReader {
    let table: TOMLTable
    let document: TOMLDocument
    /// Where the table itself is, for "missing key" errors.
    let tableRange: Range<Int>
    /// A dotted path for messages, e.g. `option 'delegate_gc'` or `[governance]`.
    let context: String
    /// Turns the reader's problems into the loader's diagnostics.
    let vocabulary: TableVocabulary
    /// Which entries of the table have been read, by position (cheaper than a set of names).
    private var readFlags: [Bool]
    /// Every key asked for, present or not: the candidates for "did you mean".
    private var asked: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The unknown keys beyond the vocabulary's ``TableVocabulary/unknownKeyLimit``, counted, not reported.
    private(set) var omitted: DiagnosticCap.Omission?

    init(
        _ table: TOMLTable, range: Range<Int>, document: TOMLDocument, context: String, vocabulary: TableVocabulary
    ) {
        self.table = table
        self.tableRange = range
        self.document = document
        self.context = context
        self.vocabulary = vocabulary
        self.readFlags = Array(repeating: false, count: table.count)
    }

    /// Gives up on this table (its id is missing or its type is wrong): its other keys are not reported as
    /// unknown, since the one real problem has been reported.
    mutating func abandon() {
        readFlags = Array(repeating: true, count: readFlags.count)
    }

    /// Whether `key` was read (or asked for and absent).
    func wasRead(_ key: String) -> Bool {
        guard let position = table.position(of: key) else { return asked.contains(key) }
        return readFlags[position]
    }

    func span(_ range: Range<Int>) -> SourceSpan { document.span(range) }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Reports `problem` in the loader's words.
    private mutating func report(_ problem: TableProblem) { diagnostics.append(vocabulary.diagnostic(for: problem)) }

    /// A wrong-type problem for `value`, located at the value.
    private func wrongType(_ key: String, expected: String, found value: TOMLValue) -> TableProblem {
        .wrongType(key, context: context, expected: expected, found: value, at: span(value.range))
    }

    /// The raw value for `key`, marking it read.
    mutating func value(_ key: String) -> TOMLValue? {
        asked.append(key)
        guard let position = table.position(of: key) else { return nil }
        readFlags[position] = true
        return table.entries[position].value
    }

    mutating func string(_ key: String, required: Bool = false) -> (String, TOMLValue)? {
        typed(key, required: required, expected: "a string") { $0.string }
    }

    mutating func integer(_ key: String, required: Bool = false) -> (Int, TOMLValue)? {
        typed(key, required: required, expected: "an integer") { value in value.integer.flatMap { Int(exactly: $0) } }
    }

    mutating func boolean(_ key: String, required: Bool = false) -> (Bool, TOMLValue)? {
        typed(key, required: required, expected: "true or false") { $0.boolean }
    }

    mutating func date(_ key: String, required: Bool = false) -> (TOMLDate, TOMLValue)? {
        typed(key, required: required, expected: "a date such as 2026-06-14") { value in
            guard let dateTime = value.dateTime, dateTime.time == nil else { return nil }
            return dateTime.date
        }
    }

    mutating func stringArray(_ key: String, required: Bool = false) -> ([(String, TOMLValue)], TOMLValue)? {
        guard let (items, value) = typed(key, required: required, expected: "an array of strings", { $0.array })
        else { return nil }
        var result: [(String, TOMLValue)] = []
        for item in items {
            guard let text = item.string else {
                report(wrongType(key, expected: "a string", found: item))
                continue
            }
            result.append((text, item))
        }
        return (result, value)
    }

    /// The tables of an array of tables (`[[key]]`), each with its range.
    mutating func tables(_ key: String) -> [(TOMLTable, TOMLValue)] {
        guard let (items, _) = typed(key, required: false, expected: "an array of tables ([[\(key)]])", { $0.array })
        else { return [] }
        var result: [(TOMLTable, TOMLValue)] = []
        for item in items {
            if let table = item.table {
                result.append((table, item))
            } else {
                report(wrongType(key, expected: "a table", found: item))
            }
        }
        return result
    }

    mutating func table(_ key: String, required: Bool = false) -> (TOMLTable, TOMLValue)? {
        typed(key, required: required, expected: "a table", { $0.table })
    }

    private mutating func typed<T>(
        _ key: String, required: Bool, expected: String, _ convert: (TOMLValue) -> T?
    ) -> (T, TOMLValue)? {
        guard let value = value(key) else {
            if required {
                report(.missingKey(key, context: context, at: span(tableRange)))
            }
            return nil
        }
        guard let converted = convert(value) else {
            report(wrongType(key, expected: expected, found: value))
            return nil
        }
        return (converted, value)
    }

    /// Reports keys that were never read, each with a "did you mean" among the keys this reader asked for
    /// (worked out once, not once per unknown key: a file can hold many thousands of them).
    mutating func reportUnknownKeys() {
        guard readFlags.contains(false) else { return }
        let known = Array(Set(asked)).sorted()
        var reported = 0
        for (position, entry) in table.entries.enumerated() where !readFlags[position] {
            let at = span(entry.keyRange)
            if let limit = vocabulary.unknownKeyLimit, reported >= limit {
                let descriptor = vocabulary.unknownKeyDescriptor
                if omitted == nil {
                    omitted = .init(code: descriptor.code, severity: descriptor.severity, count: 0, location: at)
                }
                omitted?.count += 1
                continue
            }
            reported += 1
            report(.unknownKey(entry.key, context: context, known: known, at: at))
        }
    }
}
