import Diagnostics

/// What a set of amendments (moved from the floor of the AGM) changes: the amendments, validity before and
/// after, the rules that newly break and those that newly hold (by code, and in the words `check` uses),
/// the choices changed and the standing-order clauses whose text changes.
public struct AmendmentEffect: Sendable {
    public var amendments: [SelectionsAmendment]
    public var validBefore: Bool
    public var validAfter: Bool
    /// Codes present after the amendments but not before, sorted.
    public var newProblems: [String]
    /// Codes present before the amendments but not after, sorted.
    public var resolved: [String]
    /// The problems the amendments bring, as the amended file reports them (message and explanation).
    public var newlyBroken: [Diagnostic]
    /// The problems the amendments clear, as the file as written reported them.
    public var nowMet: [Diagnostic]
    /// The choices and settings the amendments change, in words.
    public var changes: [ChoiceChange] = []
    /// The standing-order clauses whose text the amendments change ("2.4 Quorum"), in order.
    public var changedClauses: [String] = []

    /// Compares the diagnostics of the file as written with those of the amended file.
    public init(amendments: [SelectionsAmendment], before: [Diagnostic], after: [Diagnostic]) {
        self.amendments = amendments
        let beforeCodes = Set(before.map(\.code))
        let afterCodes = Set(after.map(\.code))
        newProblems = afterCodes.subtracting(beforeCodes).sorted()
        resolved = beforeCodes.subtracting(afterCodes).sorted()
        let added = Set(newProblems)
        let cleared = Set(resolved)
        newlyBroken = after.filter { added.contains($0.code) }
        nowMet = before.filter { cleared.contains($0.code) }
        validBefore = !before.hasErrors
        validAfter = !after.hasErrors
    }

    /// "the selections stay valid", "the selections become INVALID", ...
    public var verdict: String {
        switch (validBefore, validAfter) {
        case (true, true): "the selections stay valid"
        case (true, false): "the selections become INVALID"
        case (false, true): "the selections become valid"
        case (false, false): "the selections stay invalid"
        }
    }
}
