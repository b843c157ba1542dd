import Diagnostics
import RuleLanguage

/// A rule expression from a menu, parsed and type-checked at load, with the text it was written as.
public struct CompiledExpression: Sendable {
    public var source: RuleSource
    public var expression: RuleExpression
    public var type: RuleType

    /// The expression as written, for `explain` and the booklet.
    public var text: String { source.text }

    /// Where it was written in the menu file.
    public var span: SourceSpan {
        SourceSpan(file: source.file, range: source.offsets.sourceRange(0..<source.text.utf8.count))
    }
}

/// A clause or message template from a menu, parsed and type-checked at load.
public struct CompiledTemplate: Sendable {
    public var source: RuleSource
    public var template: RuleTemplate

    public var text: String { source.text }
}
