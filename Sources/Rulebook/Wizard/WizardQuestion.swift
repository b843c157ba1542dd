import Diagnostics
import RuleLanguage
import TOML

/// One question the wizard asks: what it asks, what kind of answer it takes, the answer Enter keeps, and
/// what the answer is for. ``parse(_:)`` checks a typed line against the kind (type and range).
public struct WizardQuestion: Sendable {
    /// The kind of answer a question takes.
    public enum Kind: Sendable, Equatable {
        /// A whole number, within the range when there is one; `unit` is shown after it.
        case integer(ClosedRange<Int>?, unit: String?)
        /// Yes or no.
        case boolean
        /// Any text on one line.
        case text
        /// A date written `YYYY-MM-DD`.
        case date
        /// One of the listed values, by name or by its number in the list.
        case choice([String])
        /// A section's options: exactly one (`any` false) or any number, by id or number.
        case options([String], any: Bool)
    }

    /// What an answer fills in.
    public enum Target: Sendable, Hashable {
        case clpName
        case region
        case agmDate
        case fact(String)
        /// Keep last year's records of a list fact?
        case keepList(String)
        /// Add one more record to a list fact?
        case addRecord(String)
        /// One field of the record being added.
        case recordField(fact: String, field: String)
        case keepOfficers
        /// Keep the officers given so far (when going back)?
        case keepGivenOfficers
        /// The post of the next officer; no answer ends the list.
        case officerPost
        case officerName
        case officerWoman
        case officerJobShare
        case officerUnionMember
        case choice(section: String)
        /// The date `body` approved `option` (`section.option`); no answer: not approved yet.
        case approvalDate(option: String, body: String)
        /// The reference of the approval just dated.
        case approvalReference
        case parameter(section: String, id: String)
        /// Apply the fix with this index in the wizard's pending fixes?
        case applyFix(Int)
        /// Ask the AGM date, the facts and the officers again?
        case revisitFacts
    }

    /// What the question says, a short phrase such as "Individual members in the CLP".
    public var text: String
    public var kind: Kind
    /// The answer Enter keeps; nil when there is none.
    public var defaultValue: RuleValue?
    /// Whether Enter with no default is an answer (no value) rather than a question asked again.
    public var mayBeLeftOut: Bool
    public var target: Target
    /// Advice shown when the answer is `?`; nil when there is none.
    public var advice: String?

    public init(
        _ text: String, kind: Kind, default defaultValue: RuleValue? = nil, mayBeLeftOut: Bool = false,
        target: Target, advice: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.defaultValue = defaultValue
        self.mayBeLeftOut = mayBeLeftOut
        self.target = target
        self.advice = advice
    }

    /// What a typed line means for this question.
    public enum Reading: Sendable, Equatable {
        /// An answer (the default when the line is empty).
        case answer(RuleValue)
        /// No answer, which the question allows (an empty line, no default).
        case leftOut
        /// `?`: show the advice (for options, `?N` shows option N's).
        case help(Int?)
        /// Not an answer: the plain message says what is wanted.
        case invalid(String)
    }

    /// The longest answer taken, in UTF-8 bytes: longer lines are refused, not cut.
    public static let maxAnswerBytes = 1_000

    /// Reads `line` (without its line end) as an answer to this question.
    public func parse(_ line: String) -> Reading {
        let typed = Self.trimmed(line)
        if typed.isEmpty {
            if let defaultValue { return .answer(defaultValue) }
            return mayBeLeftOut ? .leftOut : .invalid("This needs an answer: type " + expected)
        }
        if typed == "?" { return .help(nil) }
        if typed.utf8.count > Self.maxAnswerBytes {
            return .invalid("That is longer than \(Self.maxAnswerBytes) characters: type a shorter answer")
        }
        switch kind {
        case .integer(let range, _): return Self.integer(typed, range: range, expected: expected)
        case .boolean: return Self.boolean(typed)
        case .text: return .answer(.string(typed))
        case .date: return Self.date(typed)
        case .choice(let values): return Self.choice(typed, among: values)
        case .options(let ids, let any):
            if typed.hasPrefix("?"), let number = Int(typed.dropFirst()), ids.indices.contains(number - 1) {
                return .help(number)
            }
            return any ? Self.several(typed, among: ids) : Self.choice(typed, among: ids)
        }
    }

    /// What an answer looks like, as the prompt shows it: `0 to 20000 members`, `y or n`, `YYYY-MM-DD`.
    public var expected: String {
        switch kind {
        case .integer(let range?, let unit):
            "a whole number from \(range.lowerBound) to \(range.upperBound)" + (unit.map { " (" + $0 + ")" } ?? "")
        case .integer(nil, let unit): "a whole number" + (unit.map { " (" + $0 + ")" } ?? "")
        case .boolean: "y or n"
        case .text: "some text"
        case .date: "a date such as 2026-06-14 (year-month-day)"
        case .choice(let values): "one of " + values.joined(separator: ", ") + " (or its number)"
        case .options(let ids, any: false): "the number or name of one option, from 1 to \(ids.count)"
        case .options: "the numbers or names of the options, separated by commas, or 'none'"
        }
    }

    // MARK: - Readings

    static func trimmed(_ line: String) -> String {
        var text = Substring(line)
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }

    private static func integer(_ typed: String, range: ClosedRange<Int>?, expected: String) -> Reading {
        let digits = typed.replacing(",", with: "")
        guard let number = Int(digits) else { return .invalid("'\(shown(typed))' is not \(expected)") }
        if let range, !range.contains(number) { return .invalid("\(number) is out of range: type \(expected)") }
        return .answer(.integer(number))
    }

    private static func boolean(_ typed: String) -> Reading {
        switch typed.lowercased() {
        case "y", "yes", "true": .answer(.boolean(true))
        case "n", "no", "false": .answer(.boolean(false))
        default: .invalid("'\(shown(typed))' is not a yes or no: type y or n")
        }
    }

    private static func date(_ typed: String) -> Reading {
        let parts = typed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return .invalid("'\(shown(typed))' is not a date: type it as year-month-day, such as 2026-06-14") }
        guard TOMLDate.isValid(year: year, month: month, day: day) else {
            return .invalid("There is no \(typed) in the calendar: check the month and the day")
        }
        return .answer(.date(TOMLDate(year: year, month: month, day: day)))
    }

    private static func choice(_ typed: String, among values: [String]) -> Reading {
        if let number = Int(typed) {
            guard values.indices.contains(number - 1) else {
                return .invalid("There is no number \(number) here: type a number from 1 to \(values.count)")
            }
            return .answer(.string(values[number - 1]))
        }
        if let value = values.first(where: { $0 == typed || $0 == typed.lowercased() }) {
            return .answer(.string(value))
        }
        let suggestion = NameSuggester.suggestion(for: typed.lowercased(), among: values).map {
            ": did you mean '\($0)'?"
        }
        return .invalid("'\(shown(typed))' is not one of the choices" + (suggestion ?? ": type its number or name"))
    }

    private static func several(_ typed: String, among ids: [String]) -> Reading {
        if ["none", "-"].contains(typed.lowercased()) { return .answer(.list([])) }
        var chosen: [String] = []
        for piece in typed.split(whereSeparator: { $0 == "," || $0 == " " }) {
            switch choice(String(piece), among: ids) {
            case .answer(.string(let id)):
                if !chosen.contains(id) { chosen.append(id) }
            case .invalid(let message): return .invalid(message)
            default: return .invalid("'\(shown(String(piece)))' is not one of the options")
            }
        }
        return .answer(.list(ids.filter(chosen.contains).map(RuleValue.string)))
    }

    /// Typed text as it may be echoed: terminal escapes shown, not obeyed.
    static func shown(_ text: String) -> String { TerminalText.sanitize(text) }
}
