import TOML
import Testing

@Suite("Dates and times")
struct TOMLParserDateTimesTests {
    @Test("the four kinds, with every separator and offset form")
    func fourKinds() throws {
        let root = TOMLTestSupport.valid(
            """
            a = 2026-06-14T19:30:00Z
            b = 2026-06-14t19:30:00.25-05:30
            c = 2026-06-14 19:30:00z
            d = 2026-06-14T19:30:00.123456789123
            e = 2026-06-14
            f = 07:05:09.5
            g = 1979-05-27 # a date, then a comment

            """)
        let a = try #require(root["a"]?.dateTime)
        #expect(a.offsetMinutes == 0)
        #expect(a.description == "2026-06-14T19:30:00Z")
        let b = try #require(root["b"]?.dateTime)
        #expect(b.offsetMinutes == -330)
        #expect(b.time?.nanosecond == 250_000_000)
        #expect(root["c"]?.typeName == "offset date-time")
        let d = try #require(root["d"]?.dateTime)
        #expect(d.time?.nanosecond == 123_456_789)
        #expect(root["d"]?.typeName == "local date-time")
        #expect(root["e"]?.dateTime?.date == TOMLDate(year: 2026, month: 6, day: 14))
        #expect(root["e"]?.typeName == "local date")
        #expect(root["f"]?.dateTime?.time == TOMLTime(hour: 7, minute: 5, second: 9, nanosecond: 500_000_000))
        #expect(root["f"]?.typeName == "local time")
        #expect(root["g"]?.typeName == "local date")
    }

    @Test("leap days and leap seconds")
    func leapDays() {
        let root = TOMLTestSupport.valid("a = 2024-02-29\nb = 2000-02-29\nc = 23:59:60\n")
        #expect(root["a"]?.dateTime?.date?.day == 29)
        #expect(root["b"]?.dateTime?.date?.day == 29)
        #expect(root["c"]?.dateTime?.time?.second == 60)
    }

    @Test(
        "dates that are not in the calendar",
        arguments: [
            ("2021-02-30", "February 2021 has 28 days"), ("2100-02-29", "February 2100 has 28 days"),
            ("2026-04-31", "April 2026 has 30 days"), ("2026-13-01", "there is no month 13"),
            ("2026-00-10", "there is no month 00"), ("2026-01-00", "days are numbered from 01"),
        ])
    func calendar(text: String, reason: String) {
        let error = TOMLTestSupport.singleError("agm = \(text)\n", code: "T108", at: 6)
        #expect(error?.message == "invalid calendar date '\(text)': \(reason)")
        #expect(error?.location?.range == 6..<16)
    }

    @Test(
        "malformed dates and times",
        arguments: [
            ("24:00:00", "the hour must be 00 to 23"), ("12:60:00", "the minute must be 00 to 59"),
            ("12:00:61", "the second must be 00 to 60"), ("12:00", "seconds are required: write HH:MM:SS, like 07:30:00"),
            ("2026-06-14T", "a time is written HH:MM:SS, like 07:30:00"),
            ("2026-6-14", "a date is written YYYY-MM-DD, like 2026-06-14"),
            ("2026-06-14T10:00:00+24:00", "an offset must be between -23:59 and +23:59"),
            ("2026-06-14T10:00:00+1:00", "an offset is written Z or ±HH:MM, like +01:00"),
            ("2026-06-14T10:00:00.", "expected digits after '.' in the seconds"),
            ("2026-06-14x", "unexpected 'x'"), ("07:30:00Z", "unexpected 'Z'"),
        ])
    func malformed(text: String, reason: String) {
        let errors = TOMLTestSupport.errors("t = \(text)\n")
        #expect(errors.count == 1)
        #expect(errors.first?.code == "T107")
        #expect(errors.first?.message.hasSuffix(": \(reason)") == true, "\(errors.first?.message ?? "")")
        #expect(errors.first?.location?.range.lowerBound == 4)
    }

    @Test("a short time is reported as a time")
    func shortTime() {
        TOMLTestSupport.singleError("t = 7:30:00\n", code: "T107", at: 4)
    }
}
