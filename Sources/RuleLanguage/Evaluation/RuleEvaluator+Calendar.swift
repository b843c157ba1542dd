import TOML

/// The calendar functions `month_name`, `weekday` and `nth_in_month`: what a standing order's timing rule
/// ("the third Thursday of June") is checked with. The names come from ``TOMLDate``.
extension RuleEvaluationWalk {
    /// The value of the calendar function `name` for a date the TOML reader has already checked.
    static func calendarValue(_ name: String, of date: TOMLDate) -> RuleValue {
        switch name {
        case "month_name": .string(date.monthName)
        case "weekday": .string(date.weekdayName)
        default: .integer((date.day - 1) / 7 + 1)
        }
    }
}
