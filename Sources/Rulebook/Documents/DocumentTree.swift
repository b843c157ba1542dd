/// A format-neutral document (a booklet, standing orders, a section shown in the terminal) that the
/// Markdown, HTML and plain-text renderers each walk. Builders never escape; renderers do, at text nodes.
public struct DocumentTree: Sendable {
    public var title: String
    public var subtitle: String?
    public var blocks: [DocumentBlock]
    /// A mark shown on every page (`DRAFT`), or nil.
    public var watermark: String?

    public init(title: String, subtitle: String? = nil, blocks: [DocumentBlock], watermark: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
        self.watermark = watermark
    }

    /// Every provision in the document, in order (for footnotes).
    public var provisions: [DocumentProvision] {
        func collect(_ blocks: [DocumentBlock]) -> [DocumentProvision] {
            blocks.flatMap { block -> [DocumentProvision] in
                switch block {
                case .provision(let provision): [provision] + collect(provision.blocks)
                case .group(_, let inner), .callout(_, let inner): collect(inner)
                default: []
                }
            }
        }
        return collect(blocks)
    }
}

/// A numbered clause (of standing orders), with where it came from: shown as a footnote and `data-`
/// attributes in HTML, and as a trailing reference in Markdown and text.
public struct DocumentProvision: Sendable {
    /// `2.4`.
    public var number: String
    public var title: String
    /// A stable id for links and footnotes.
    public var anchor: String
    public var blocks: [DocumentBlock]
    /// Where the clause came from, in words.
    public var source: String
    /// Machine-readable provenance: `data-NAME` attribute names (without the prefix) and values.
    public var attributes: [DocumentAttribute]

    public init(
        number: String, title: String, anchor: String, blocks: [DocumentBlock], source: String,
        attributes: [DocumentAttribute]
    ) {
        self.number = number
        self.title = title
        self.anchor = anchor
        self.blocks = blocks
        self.source = source
        self.attributes = attributes
    }
}

/// One `data-` attribute of a provision: a name of lowercase letters and '-', and any value.
public struct DocumentAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
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
    /// A numbered clause with its provenance.
    case provision(DocumentProvision)
    /// A bar chart with the number behind each bar.
    case chart(DocumentChart)
}

/// Inline text: literal characters, never markup.
public enum DocumentInline: Sendable, Hashable {
    case text(String)
    case strong(String)
    case emphasis(String)
    case code(String)
    /// Words a redline adds.
    case inserted(String)
    /// Words a redline removes.
    case deleted(String)

    public var plain: String {
        switch self {
        case .text(let value), .strong(let value), .emphasis(let value), .code(let value), .inserted(let value),
            .deleted(let value):
            value
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
