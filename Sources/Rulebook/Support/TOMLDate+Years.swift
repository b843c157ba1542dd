import TOML

extension TOMLDate {
    /// The same day `years` years on (or back); 29 February becomes 28 February in a year without one.
    /// Years stay within TOML's 0–9999 by construction of the dates read, so the sum cannot overflow.
    func addingYears(_ years: Int) -> TOMLDate {
        let year = self.year + years
        return TOMLDate(year: year, month: month, day: min(day, TOMLDate.daysInMonth(year: year, month: month)))
    }
}
