import TOML

/// The calendar functions `month_name`, `weekday`, `nth_in_month` and `last_in_month`: what a standing order's timing rule
/// ("the third Thursday of June") is checked with. The names come from ``TOMLDate``.
extension RuleEvaluationWalk {
    /// The value of the calendar function `name` for a date the TOML reader has already checked.
    static func calendarValue(_ name: String, of date: TOMLDate) -> RuleValue {
        switch name {
        case "month_name": .string(date.monthName)
        case "weekday": .string(date.weekdayName)
        case "last_in_month": .boolean(date.day + 7 > TOMLDate.daysInMonth(year: date.year, month: date.month))
        default: .integer((date.day - 1) / 7 + 1)
        }
    }
}
