/// What a check writes out in words beside finding what holds: a caller that needs only which rules fail
/// (the impact of a draft, each candidate of a fix search) leaves these out, since explaining costs more than
/// checking.
public struct ValidationExplanations: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A failed constraint's diagnostic filled in with live values, the keys it read located, why it failed
    /// and how to fix it, its citation. Left out, a failed rule is only its code, severity and the menu's
    /// message with each value shown as "…" (as the booklet prints it), with no location, notes, fix or
    /// citation.
    public static let failures = ValidationExplanations(rawValue: 1 << 0)
    /// Each derived value's `because` written out with live values ("25, which is 5% of 490 members").
    /// Left out, ``DerivedResult/because`` is nil and ``DerivedResult/inputs`` empty; the value is still there.
    public static let derivedValues = ValidationExplanations(rawValue: 1 << 1)

    /// Everything explained: what `check`, `build` and the reports show.
    public static let all: ValidationExplanations = [.failures, .derivedValues]
}
