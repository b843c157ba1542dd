/// Dates, times and date-times: RFC 3339 as TOML 1.0 takes it, refused when a field has no such spelling.
extension TOMLWriter {
    /// `2026-09-01`.
    ///
    /// - Throws: ``TOMLWriteError`` when the year is outside 0...9999 (TOML dates have exactly four year
    ///   digits, so `5-09-01` or `12026-09-01` would not read back) or the date is not in the calendar.
    public static func date(_ date: TOMLDate) throws -> String {
        try checkedDate(date)
    }

    /// `07:32:00`, `07:32:00.5`; a time of day with hour 0-23, minute 0-59, second 0-60 (a leap second).
    ///
    /// - Throws: ``TOMLWriteError`` when a field is out of range.
    public static func time(_ time: TOMLTime) throws -> String {
        try checkedTime(time)
    }

    /// A local date, local time, local date-time or offset date-time, by which parts are present.
    ///
    /// - Throws: ``TOMLWriteError`` when a part cannot be written, the offset is outside -23:59...+23:59,
    ///   or there is an offset without both a date and a time.
    public static func dateTime(_ value: TOMLDateTime) throws -> String {
        try checkedDateTime(value)
    }

    static func checkedDateTime(_ value: TOMLDateTime) throws(TOMLWriteError) -> String {
        if let date = value.date { try validate(date) }
        if let time = value.time { try validate(time) }
        guard value.date != nil || value.time != nil else { throw TOMLWriteError(.emptyDateTime) }
        if let offset = value.offsetMinutes {
            guard value.date != nil, value.time != nil, (-(23 * 60 + 59)...(23 * 60 + 59)).contains(offset) else {
                throw TOMLWriteError(.invalidOffset(minutes: offset))
            }
        }
        // Every part is in range, so the RFC 3339 text has four year digits and two for every other field.
        return value.description
    }

    private static func checkedDate(_ date: TOMLDate) throws(TOMLWriteError) -> String {
        try validate(date)
        return date.description
    }

    /// Refuses a date that has no TOML spelling.
    private static func validate(_ date: TOMLDate) throws(TOMLWriteError) {
        guard (0...9999).contains(date.year) else { throw TOMLWriteError(.yearOutOfRange(date.year)) }
        guard TOMLDate.isValid(year: date.year, month: date.month, day: date.day) else {
            throw TOMLWriteError(.notInCalendar(year: date.year, month: date.month, day: date.day))
        }
    }

    private static func checkedTime(_ time: TOMLTime) throws(TOMLWriteError) -> String {
        try validate(time)
        return time.description
    }

    /// Refuses a time of day with a field out of range.
    private static func validate(_ time: TOMLTime) throws(TOMLWriteError) {
        guard (0...23).contains(time.hour), (0...59).contains(time.minute), (0...60).contains(time.second),
            (0..<1_000_000_000).contains(time.nanosecond)
        else {
            throw TOMLWriteError(
                .invalidTime(hour: time.hour, minute: time.minute, second: time.second, nanosecond: time.nanosecond))
        }
    }
}
