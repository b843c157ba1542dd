import Diagnostics

/// Dates and times (RFC 3339 as TOML uses it): offset date-time, local date-time, local date and local time.
/// `T`, `t` or a space separates date and time; `Z`/`z` or `±HH:MM` is the offset; seconds are required;
/// fractional seconds are kept to nanoseconds. Dates must exist in the calendar.
extension TOMLParser {
    /// Reads `YYYY-MM-DD`, optionally followed by a time and an offset.
    mutating func parseDateOrDateTime() throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.index
        guard let year = digits(at: start, count: 4), cursor.byte(at: start + 4) == .minus,
            let month = digits(at: start + 5, count: 2), cursor.byte(at: start + 7) == .minus,
            let day = digits(at: start + 8, count: 2)
        else {
            throw dateTimeError(start, "a date is written YYYY-MM-DD, like 2026-06-14")
        }
        if let reason = Self.calendarProblem(year: year, month: month, day: day) {
            let text = cursor.string(start..<(start + 10))
            throw TOMLSyntaxError(.invalidCalendarDate(text, reason: reason, at: span(start..<(start + 10))))
        }
        var index = start + 10
        var time: TOMLTime?
        var offset: Int?
        let separator = cursor.byte(at: index)
        let timeFollows =
            separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || (separator == .space && cursor.byte(at: index + 1).isDigit && cursor.byte(at: index + 2).isDigit
                && cursor.byte(at: index + 3) == .colon)
        if timeFollows {
            let parsed = try parseTime(at: index + 1, tokenStart: start)
            time = parsed.time
            index = parsed.end
            offset = try parseOffset(at: &index, tokenStart: start)
        }
        try checkEnd(index, tokenStart: start)
        cursor.index = index
        let value = TOMLDateTime(date: TOMLDate(year: year, month: month, day: day), time: time, offsetMinutes: offset)
        return TOMLValue(.dateTime(value), range: start..<index)
    }

    /// Reads a local time `HH:MM:SS[.fraction]`.
    mutating func parseLocalTime() throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.index
        let parsed = try parseTime(at: start, tokenStart: start)
        try checkEnd(parsed.end, tokenStart: start)
        cursor.index = parsed.end
        return TOMLValue(.dateTime(TOMLDateTime(date: nil, time: parsed.time)), range: start..<parsed.end)
    }

    private func parseTime(at start: Int, tokenStart: Int) throws(TOMLSyntaxError) -> (time: TOMLTime, end: Int) {
        guard let hour = digits(at: start, count: 2), cursor.byte(at: start + 2) == .colon,
            let minute = digits(at: start + 3, count: 2)
        else {
            throw dateTimeError(tokenStart, "a time is written HH:MM:SS, like 07:30:00")
        }
        guard cursor.byte(at: start + 5) == .colon, let second = digits(at: start + 6, count: 2) else {
            throw dateTimeError(tokenStart, "seconds are required: write HH:MM:SS, like 07:30:00")
        }
        var index = start + 8
        var nanosecond = 0
        if cursor.byte(at: index) == .dot {
            index += 1
            var count = 0
            while cursor.byte(at: index).isDigit {
                if count < 9 { nanosecond = nanosecond * 10 + Int(cursor.byte(at: index) &- 0x30) }
                count += 1
                index += 1
            }
            guard count > 0 else { throw dateTimeError(tokenStart, "expected digits after '.' in the seconds") }
            for _ in count..<max(count, 9) { nanosecond *= 10 }
        }
        let reason: String? =
            if hour > 23 { "the hour must be 00 to 23" } else if minute > 59 {
                "the minute must be 00 to 59"
            } else if second > 60 { "the second must be 00 to 60" } else { nil }
        if let reason { throw dateTimeError(tokenStart, reason) }
        return (TOMLTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond), index)
    }

    /// Reads `Z`, `z` or `±HH:MM` if present; returns the offset in minutes.
    private func parseOffset(at index: inout Int, tokenStart: Int) throws(TOMLSyntaxError) -> Int? {
        let byte = cursor.byte(at: index)
        if byte == UInt8(ascii: "Z") || byte == UInt8(ascii: "z") {
            index += 1
            return 0
        }
        guard byte == .plus || byte == .minus else { return nil }
        guard let hours = digits(at: index + 1, count: 2), cursor.byte(at: index + 3) == .colon,
            let minutes = digits(at: index + 4, count: 2)
        else {
            throw dateTimeError(tokenStart, "an offset is written Z or ±HH:MM, like +01:00")
        }
        guard hours <= 23, minutes <= 59 else {
            throw dateTimeError(tokenStart, "an offset must be between -23:59 and +23:59")
        }
        index += 6
        let magnitude = hours * 60 + minutes
        return byte == .minus ? -magnitude : magnitude
    }

    /// After a date-time nothing may continue the token (a delimiter must follow).
    private func checkEnd(_ index: Int, tokenStart: Int) throws(TOMLSyntaxError) {
        let byte = cursor.byte(at: index)
        guard byte.isNumberCharacter || byte == .colon else { return }
        throw dateTimeError(tokenStart, "unexpected '\(cursor.string(index..<(index + 1)))'")
    }

    private func dateTimeError(_ start: Int, _ reason: String) -> TOMLSyntaxError {
        var end = tokenEnd(from: start)
        // Include a time written after a space separator.
        if cursor.byte(at: end) == .space && cursor.byte(at: end + 1).isDigit { end = tokenEnd(from: end + 1) }
        let range = start..<max(end, start + 1)
        return TOMLSyntaxError(.invalidDateTime(cursor.string(range), reason: reason, at: span(range)))
    }

    /// The value of `count` decimal digits at `offset`, or nil if they are not all digits.
    private func digits(at offset: Int, count: Int) -> Int? {
        var value = 0
        for position in offset..<(offset + count) {
            let byte = cursor.byte(at: position)
            guard byte.isDigit else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }

    /// Why a date does not exist, or nil if it does.
    static func calendarProblem(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month) else { return "there is no month \(TOMLDate.pad(month, 2))" }
        guard day >= 1 else { return "days are numbered from 01" }
        let days = TOMLDate.daysInMonth(year: year, month: month)
        guard day <= days else { return "\(TOMLDate.monthNames[month - 1]) \(year) has \(days) days" }
        return nil
    }
}
