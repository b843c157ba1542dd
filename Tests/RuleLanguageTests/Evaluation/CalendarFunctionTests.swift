import RuleLanguage
import TOML
import Testing

/// `weekday`, `month_name` and `nth_in_month` against a calendar computed another way, day by day.
@Suite("Calendar functions")
struct CalendarFunctionTests {
    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Sakamoto's method, independent of the days-since-epoch count the evaluator uses (0 is Sunday).
    private static func sakamotoWeekday(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    @Test("every day from 1899 to 2101 has the weekday Sakamoto's method gives")
    func weekdaysAgree() throws {
        var checked = 0
        for year in stride(from: 1899, through: 2101, by: 7) {
            for month in 1...12 {
                let days = TOMLDate.daysInMonth(year: year, month: month)
                for day in 1...days {
                    let date = TOMLDate(year: year, month: month, day: day)
                    let expected = Self.weekdays[Self.sakamotoWeekday(year, month, day)]
                    #expect(try value("weekday(\(date.description))") == .string(expected), "\(date)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test("the nth weekday of a month counts occurrences of that weekday from the 1st")
    func nthInMonth() throws {
        // Walk one month and count each weekday's occurrences as they come.
        var seen: [String: Int] = [:]
        for day in 1...31 {
            let date = TOMLDate(year: 2026, month: 10, day: day).description
            guard case .string(let weekday) = try value("weekday(\(date))") else {
                Issue.record("weekday(\(date)) is not text")
                return
            }
            seen[weekday, default: 0] += 1
            #expect(try value("nth_in_month(\(date))") == .integer(seen[weekday] ?? 0), "\(date)")
        }
    }

    @Test("the last of a weekday in a month is the one no later day of the month shares")
    func lastInMonth() throws {
        // Walk each month of 2024 (a leap year) backwards: the first time a weekday is met is its last.
        for month in 1...12 {
            var met: Set<String> = []
            let length = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            for day in stride(from: length, through: 1, by: -1) {
                let date = TOMLDate(year: 2024, month: month, day: day).description
                guard case .string(let weekday) = try value("weekday(\(date))") else {
                    Issue.record("weekday(\(date)) is not text")
                    return
                }
                let isLast = met.insert(weekday).inserted
                #expect(try value("last_in_month(\(date))") == .boolean(isLast), "\(date)")
            }
        }
    }

    @Test("month names run January to December")
    func monthNames() throws {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        for (index, name) in names.enumerated() {
            let date = TOMLDate(year: 2025, month: index + 1, day: 28).description
            #expect(try value("month_name(\(date))") == .string(name))
        }
    }

    @Test("a calendar function given something other than a date is a type error")
    func wrongType() {
        assertDiagnostics(
            "weekday(1️⃣3) == \"Monday\"",
            [Expected("1️⃣", "R208", "'weekday' expects a date, found 'integer'")])
    }
}
