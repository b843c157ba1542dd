import Diagnostics

/// Why ``TOMLWriter`` refused a value: it has no TOML 1.0 spelling that reads back as the same value.
///
/// Callers turn it into a diagnostic with ``diagnostic(at:)`` (code `T201`), or into their own usage
/// message through ``description``.
public struct TOMLWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        /// A date whose year has more or fewer than four digits.
        case yearOutOfRange(Int)
        /// A month and day that are not in the calendar.
        case notInCalendar(year: Int, month: Int, day: Int)
        /// A time of day with a field out of range.
        case invalidTime(hour: Int, minute: Int, second: Int, nanosecond: Int)
        /// A UTC offset outside -23:59...+23:59.
        case invalidOffset(minutes: Int)
        /// A date-time with neither a date nor a time.
        case emptyDateTime
        /// Arrays and tables nested deeper than the reader accepts.
        case nestingTooDeep(limit: Int)
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// What cannot be written and why, lowercase with no trailing period (STYLE rule 12).
    public var description: String {
        switch reason {
        case .yearOutOfRange(let year):
            "cannot write a date in the year \(year): TOML dates have a four-digit year, 0000 to 9999"
        case .notInCalendar(let year, let month, let day):
            "cannot write the date \(year)-\(month)-\(day): it is not in the calendar"
        case .invalidTime(let hour, let minute, let second, let nanosecond):
            "cannot write the time \(hour):\(minute):\(second) (+\(nanosecond) ns): a field is out of range"
        case .invalidOffset(let minutes):
            "cannot write a UTC offset of \(minutes) minutes: an offset follows a date and a time and is between -23:59 and +23:59"
        case .emptyDateTime:
            "cannot write a date-time that has neither a date nor a time"
        case .nestingTooDeep(let limit):
            "cannot write arrays and tables nested more than \(limit) deep: the file might not read back"
        }
    }

    /// The refusal as a located diagnostic (`T201`); `span` is where the value came from, if anywhere.
    public func diagnostic(at span: SourceSpan?) -> Diagnostic {
        TOMLCatalogue.unwritableValue.diagnostic(description, at: span)
    }
}
