/// A format-neutral document (a booklet, standing orders, a section shown in the terminal) that the
/// Markdown, HTML and plain-text renderers each walk. Builders never escape; renderers do, at text nodes.
public struct DocumentTree: Sendable {
    public var title: String
    public var subtitle: String?
    public var blocks: [DocumentBlock]

    public init(title: String, subtitle: String? = nil, blocks: [DocumentBlock]) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }
}

/// One block of a ``DocumentTree``.
public indirect enum DocumentBlock: Sendable {
    /// A heading; `anchor` is a stable id for links from the contents.
    case heading(level: Int, text: String, anchor: String?)
    /// Plain text with a little emphasis; every character is literal.
    case paragraph([DocumentInline])
    /// Markdown written by a menu's authors (intros, advice); rendered through ``MiniMarkdown``.
    case markdown(String)
    case bullets([[DocumentInline]])
    /// Term–detail pairs, e.g. a parameter's range and default.
    case definitions([(term: String, detail: [DocumentInline])])
    case table(header: [String], rows: [[String]])
    /// A highlighted box: a rule that applies, an approval needed.
    case callout(label: String, [DocumentBlock])
    /// Links to the headings with these anchors.
    case contents([(anchor: String, title: String)])
    /// Literal text shown as written, line breaks kept (a selections snippet).
    case preformatted(String)
    /// A group of blocks kept together (one option, one clause).
    case group(className: String, [DocumentBlock])
}

/// Inline text: literal characters, never markup.
public enum DocumentInline: Sendable, Hashable {
    case text(String)
    case strong(String)
    case emphasis(String)
    case code(String)

    public var plain: String {
        switch self {
        case .text(let value), .strong(let value), .emphasis(let value), .code(let value): value
        }
    }
}

extension String {
    /// A lowercase anchor id: letters and digits kept, everything else folded to '-'.
    public var anchorID: String {
        var result = ""
        for scalar in unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                result.unicodeScalars.append(scalar)
            } else if scalar >= "A" && scalar <= "Z" {
                result += String(scalar).lowercased()
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
