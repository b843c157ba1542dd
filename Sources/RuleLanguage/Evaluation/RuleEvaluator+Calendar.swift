import TOML

/// The calendar functions `month_name`, `weekday` and `nth_in_month`: what a standing order's timing rule
/// ("the third Thursday of June") is checked with.
extension RuleEvaluationWalk {
    /// The month names, January first, as a timing rule and a menu's `agm_month` spell them.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The weekday names, Monday first.
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The value of the calendar function `name` for a date the TOML reader has already checked.
    static func calendarValue(_ name: String, of date: TOMLDate) -> RuleValue {
        switch name {
        case "month_name":
            let index = date.month - 1
            return .string(monthNames.indices.contains(index) ? monthNames[index] : String(date.month))
        case "weekday":
            // 1970-01-01 was a Thursday (index 3 counting from Monday); the remainder is made non-negative
            // for dates before it.
            let index = ((date.daysSinceEpoch % 7) + 7 + 3) % 7
            return .string(weekdayNames[index])
        default:
            return .integer((date.day - 1) / 7 + 1)
        }
    }
}
