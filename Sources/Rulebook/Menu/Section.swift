import Diagnostics

/// One chapter of the booklet: a group of options the CLP chooses from, with their parameters and rules.
public struct Section: Sendable {
    /// How many options a section lets the CLP choose.
    public enum ChoiceMode: String, Sendable, Hashable {
        case one
        case any
        case none
    }

    public var id: String
    public var title: String
    public var intro: String
    public var choose: ChoiceMode
    /// Option ids chosen when the CLP writes none (empty: no default).
    public var defaults: [String]
    public var cite: String?
    public var options: [Option]
    public var parameters: [Parameter]
    public var rules: RuleSet
    public var span: SourceSpan

    /// The option with id `id` (found by index: `first(where:)` would copy each option it passes over).
    public func option(_ id: String) -> Option? { options.firstIndex { $0.id == id }.map { options[$0] } }
    /// The parameter with id `id`, found by index as ``option(_:)`` is.
    public func parameter(_ id: String) -> Parameter? { parameters.firstIndex { $0.id == id }.map { parameters[$0] } }

    /// The name a section's choice is read by: `governance.option` or `forums.options`.
    public var choiceName: String? {
        switch choose {
        case .one: id + ".option"
        case .any: id + ".options"
        case .none: nil
        }
    }
}
