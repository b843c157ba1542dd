/// A TOML date, time or date-time; which parts are present says which of the four TOML kinds it is.
public struct TOMLDateTime: Sendable, Hashable, Comparable {
    public var date: TOMLDate?
    public var time: TOMLTime?
    /// Offset from UTC in minutes; present only for an offset date-time (`Z` is 0).
    public var offsetMinutes: Int?

    public init(date: TOMLDate?, time: TOMLTime?, offsetMinutes: Int? = nil) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    public var typeName: String {
        switch (date != nil, time != nil, offsetMinutes != nil) {
        case (true, true, true): "offset date-time"
        case (true, true, false): "local date-time"
        case (true, false, _): "local date"
        default: "local time"
        }
    }

    /// RFC 3339 text: `1979-05-27`, `07:32:00`, `1979-05-27T07:32:00.5`, `1979-05-27T07:32:00Z`.
    public var description: String {
        var text = date?.description ?? ""
        if let time { text += (date == nil ? "" : "T") + time.description }
        if let offsetMinutes {
            if offsetMinutes == 0 {
                text += "Z"
            } else {
                let sign = offsetMinutes < 0 ? "-" : "+"
                let magnitude = abs(offsetMinutes)
                text += sign + TOMLDate.pad(magnitude / 60, 2) + ":" + TOMLDate.pad(magnitude % 60, 2)
            }
        }
        return text
    }

    public static func < (lhs: TOMLDateTime, rhs: TOMLDateTime) -> Bool {
        if lhs.date != rhs.date {
            return (lhs.date ?? .init(year: 0, month: 1, day: 1)) < (rhs.date ?? .init(year: 0, month: 1, day: 1))
        }
        return (lhs.time ?? .init(hour: 0, minute: 0, second: 0)) < (rhs.time ?? .init(hour: 0, minute: 0, second: 0))
    }
}

/// A calendar date (proleptic Gregorian), always valid once parsed.
public struct TOMLDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        // Written byte by byte when every field fits its width (every date TOML can hold): three padded
        // strings joined were most of the cost of writing a date.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            Self.writeDigits(year, width: 4, into: buffer, at: 0)
            buffer[4] = UInt8(ascii: "-")
            Self.writeDigits(month, width: 2, into: buffer, at: 5)
            buffer[7] = UInt8(ascii: "-")
            Self.writeDigits(day, width: 2, into: buffer, at: 8)
            return 10
        }
    }

    /// Writes `value` (not negative, with at most `width` digits) as `width` decimal digits, zero-padded.
    static func writeDigits(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    /// Whether `year-month-day` exists in the calendar.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysInMonth(year: year, month: month)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The month names in English, January first: one list for the parser's messages, dates in words and
    /// the rule language's `month_name`.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The weekday names in English, Monday first.
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The month in words ("June"); the month's number for a month outside 1 to 12, which the parser never makes.
    public var monthName: String {
        Self.monthNames.indices.contains(month - 1) ? Self.monthNames[month - 1] : String(month)
    }

    /// The day of the week in words ("Thursday"). 1970-01-01 was a Thursday, index 3 counting from Monday; the
    /// remainder is made non-negative for dates before it.
    public var weekdayName: String {
        Self.weekdayNames[((daysSinceEpoch % 7) + 7 + 3) % 7]
    }

    /// Days since 1970-01-01 (negative before), for date arithmetic.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (lhs: TOMLDate, rhs: TOMLDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// A time of day with optional fractional seconds (kept to nanoseconds).
public struct TOMLTime: Sendable, Hashable, Comparable {
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var nanosecond: Int

    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }

    public var description: String {
        var text = TOMLDate.pad(hour, 2) + ":" + TOMLDate.pad(minute, 2) + ":" + TOMLDate.pad(second, 2)
        if nanosecond > 0 {
            var fraction = TOMLDate.pad(nanosecond, 9)
            while fraction.last == "0" { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }

    public static func < (lhs: TOMLTime, rhs: TOMLTime) -> Bool {
        (lhs.hour, lhs.minute, lhs.second, lhs.nanosecond) < (rhs.hour, rhs.minute, rhs.second, rhs.nanosecond)
    }
}
