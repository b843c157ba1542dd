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
    /// How messages name the table, e.g. `option 'governance.delegate_gc'` or `[governance]`; worded only
    /// when one is reported.
    let tableContext: TableContext
    /// ``tableContext`` in words.
    var context: String { tableContext.text }
    /// Turns the reader's problems into the loader's diagnostics.
    let vocabulary: TableVocabulary
    /// Which entries of the table have been read, by position (cheaper than a set of names).
    private var readFlags: ReadFlags
    /// The keys asked for that the table does not have. With the keys of the entries read, these are the
    /// keys asked for: the candidates for "did you mean". (Most keys asked for are present, so this is short.)
    private var askedAbsent = AbsentKeys()
    private(set) var diagnostics: [Diagnostic] = []
    /// The unknown keys beyond the vocabulary's ``TableVocabulary/unknownKeyLimit``, counted, not reported.
    private(set) var omitted: DiagnosticCap.Omission?

    init(
        _ table: TOMLTable, range: Range<Int>, document: TOMLDocument, context: TableContext,
        vocabulary: TableVocabulary
    ) {
        self.table = table
        self.tableRange = range
        self.document = document
        self.tableContext = context
        self.vocabulary = vocabulary
        self.readFlags = ReadFlags(count: table.count)
    }

    /// Gives up on this table (its id is missing or its type is wrong): its other keys are not reported as
    /// unknown, since the one real problem has been reported.
    mutating func abandon() {
        readFlags.setAll()
    }

    /// Whether `key` was read (or asked for and absent).
    func wasRead(_ key: String) -> Bool {
        guard let position = table.position(of: key) else { return askedAbsent.contains(key) }
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
        guard let position = table.position(of: key) else {
            askedAbsent.append(key)
            return nil
        }
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
        guard !items.isEmpty else { return [] }
        var result: [(TOMLTable, TOMLValue)] = []
        result.reserveCapacity(items.count)
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

    /// `expected` is worded only when the value has the wrong type.
    private mutating func typed<T>(
        _ key: String, required: Bool, expected: @autoclosure () -> String, _ convert: (TOMLValue) -> T?
    ) -> (T, TOMLValue)? {
        guard let value = value(key) else {
            if required {
                report(.missingKey(key, context: context, at: span(tableRange)))
            }
            return nil
        }
        guard let converted = convert(value) else {
            report(wrongType(key, expected: expected(), found: value))
            return nil
        }
        return (converted, value)
    }

    /// Reports keys that were never read, each with a "did you mean" among the keys this reader asked for
    /// (worked out once, not once per unknown key: a file can hold many thousands of them).
    mutating func reportUnknownKeys() {
        guard !readFlags.allSet else { return }
        var asked = Set(askedAbsent.all)
        for (position, entry) in table.entries.enumerated() where readFlags[position] { asked.insert(entry.key) }
        let known = asked.sorted()
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

/// One flag per table entry: in a word for tables of up to 64 entries (nearly all of them), so reading a
/// table allocates nothing for its flags; in an array beyond that.
private struct ReadFlags {
    private var word: UInt64 = 0
    private var overflow: [Bool]
    private let count: Int

    init(count: Int) {
        self.count = count
        overflow = count > 64 ? Array(repeating: false, count: count - 64) : []
    }

    subscript(position: Int) -> Bool {
        get { position < 64 ? word & (1 << UInt64(position)) != 0 : overflow[position - 64] }
        set {
            if position < 64 {
                if newValue { word |= 1 << UInt64(position) } else { word &= ~(1 << UInt64(position)) }
            } else {
                overflow[position - 64] = newValue
            }
        }
    }

    /// Whether every entry has been read.
    var allSet: Bool {
        let low = min(count, 64)
        let mask: UInt64 = low == 64 ? ~0 : (1 << UInt64(low)) - 1
        return word & mask == mask && !overflow.contains(false)
    }

    mutating func setAll() {
        word = ~0
        overflow = Array(repeating: true, count: overflow.count)
    }
}

/// A few keys, held inline: a table lacks only a handful of the keys asked of it (optional ones), so this
/// rarely allocates.
private struct AbsentKeys {
    private var count = 0
    private var first = ""
    private var second = ""
    private var third = ""
    private var fourth = ""
    private var more: [String] = []

    mutating func append(_ key: String) {
        switch count {
        case 0: first = key
        case 1: second = key
        case 2: third = key
        case 3: fourth = key
        default: more.append(key)
        }
        count += 1
    }

    func contains(_ key: String) -> Bool { all.contains(key) }

    /// Every key, in the order added.
    var all: [String] { Array([first, second, third, fourth].prefix(count)) + more }
}
