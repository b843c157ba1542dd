import Diagnostics

/// A diagnostic's code, severity and wording, before it is given a location.
///
/// Built only through the factories in `RuleMessages.swift`; the code and severity come from the message's
/// entry in ``RuleCatalogue``, so every code is declared once.
public struct RuleMessage: Sendable, Hashable {
    /// The declared code this message reports.
    public let descriptor: MessageDescriptor
    /// The message, in the compiler's style (lowercase, no trailing period, names in single quotes).
    public var text: String

    /// A stable code: `R1xx` parse, `R2xx` type, `R3xx` evaluation.
    public var code: String { descriptor.code }
    /// The declared severity of the code.
    public var severity: Severity { descriptor.severity }

    init(_ descriptor: MessageDescriptor, _ text: String) {
        self.descriptor = descriptor
        self.text = text
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
