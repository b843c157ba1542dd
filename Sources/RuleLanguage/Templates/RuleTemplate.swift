import Diagnostics

/// A clause template: text with `{{expression}}` values, `{{#when condition}}…{{else}}…{{/when}}` blocks,
/// and `{{#each LIST}}…{{else}}…{{/each}}` blocks that repeat once per record of a list.
///
/// Inside `{{#each}}` the current record's fields are in scope by bare name (`{{name}}`, `{{members}}`).
/// A block tag alone on its line takes the whole line with it, so a block can sit on lines of its own
/// without leaving blank lines behind. The expressions use the same parser as constraints.
public struct RuleTemplate: Sendable, Hashable {
    /// One piece of a template.
    public indirect enum Node: Sendable, Hashable {
        /// Text copied as it is.
        case text(String)
        /// `{{expression}}`: the value, formatted by ``RuleValueFormatter/text(_:)``.
        case value(RuleExpression)
        /// `{{#when condition}}then{{else}}otherwise{{/when}}`.
        case when(RuleExpression, then: [Node], otherwise: [Node])
        /// `{{#each list}}body{{else}}otherwise{{/each}}`: the body once per record, or `otherwise` if none.
        case each(RuleExpression, body: [Node], otherwise: [Node])
    }

    /// The template's top-level pieces.
    public var nodes: [Node]

    /// Creates a template from nodes.
    public init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// Parses a template.
    ///
    /// - Parameter source: The template text and where it came from; errors inside `{{…}}` point into it.
    /// - Returns: The template (blocks left open are closed at the end) and every problem found; the
    ///   template is `nil` only when blocks were nested too deeply to read.
    public static func parse(_ source: RuleSource) -> (RuleTemplate?, [Diagnostic]) {
        var text = source.text
        return text.withUTF8 { bytes in
            var parser = RuleTemplateParser(source: source, bytes: bytes)
            let nodes = parser.parse()
            return (nodes.map { RuleTemplate(nodes: $0) }, parser.diagnostics)
        }
    }
}
