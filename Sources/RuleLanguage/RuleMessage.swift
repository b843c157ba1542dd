import Diagnostics

/// A diagnostic's code, severity and wording, before it is given a location.
///
/// Built only through the factories in `RuleMessages.swift`, so every code's wording lives in one place.
public struct RuleMessage: Sendable, Hashable {
    /// A stable code: `R1xx` parse, `R2xx` type, `R3xx` evaluation.
    public var code: String
    /// The message, in the compiler's style (lowercase, no trailing period, names in single quotes).
    public var text: String
    /// Always `.error` for now; kept so a future warning needs no new type.
    public var severity: Severity

    init(_ code: String, _ text: String, severity: Severity = .error) {
        self.code = code
        self.text = text
        self.severity = severity
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
    static func quotedList(_ items: [String]) -> String {
        let quoted = items.map { "'\($0)'" }
        guard let last = quoted.last else { return "nothing" }
        if quoted.count == 1 { return last }
        return quoted.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `; did you mean 'x'?` or nothing.
    static func suggestion(_ name: String?) -> String {
        guard let name else { return "" }
        return "; did you mean '\(name)'?"
    }
}

/// One entry of the catalogue of rule-language codes, for `clpconf explain` and the docs.
public struct RuleMessageEntry: Sendable, Hashable {
    /// The code, e.g. `R201`.
    public var code: String
    /// A one-line summary of what the code means.
    public var summary: String
}
