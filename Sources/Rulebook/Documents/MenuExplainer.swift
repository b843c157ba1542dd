/// Documents for reading an edition in the terminal (`clpconf menu show`, `clpconf explain`): an overview,
/// one section, one option or one parameter.
public struct MenuExplainer: Sendable {
    public let edition: Edition
    /// Whether conditions are shown as written in the rule language (`explain --verbose`, `menu show`) or
    /// only by the titles of what they read.
    public var verbose: Bool

    public init(edition: Edition, verbose: Bool = true) {
        self.edition = edition
        self.verbose = verbose
    }

    public func overview() -> DocumentTree {
        var blocks: [DocumentBlock] = []
        for section in edition.sections {
            blocks.append(.heading(level: 2, text: "\(section.title) [\(section.id)]", anchor: nil))
            blocks.append(.paragraph([.emphasis(BookletBuilder.choiceSentence(section))]))
            if !section.options.isEmpty {
                blocks.append(.bullets(section.options.map { [.strong($0.id), .text(": " + $0.summary)] }))
            }
            if !section.parameters.isEmpty {
                blocks.append(.paragraph([.text("Settings: " + section.parameters.map(\.id).joined(separator: ", "))]))
            }
        }
        let draft = edition.isDraft ? "Draft edition \(edition.id), not yet published" : "Edition \(edition.id)"
        return DocumentTree(
            title: edition.title,
            subtitle: "\(draft); 'clpconf menu show \(edition.id) SECTION' for details.",
            blocks: blocks, watermark: edition.isDraft ? "DRAFT" : nil)
    }

    /// A section, `section.option` or `section.parameter`; nil when there is no such item.
    public func document(for item: String) -> DocumentTree? {
        let parts = item.split(separator: ".", maxSplits: 1).map(String.init)
        guard let section = parts.first.flatMap(edition.section) else { return nil }
        let booklet = BookletBuilder(edition: edition)
        guard parts.count == 2 else {
            return DocumentTree(
                title: section.title, subtitle: "Section '\(section.id)' of edition \(edition.id)",
                blocks: Array(booklet.sectionBlocks(section).dropFirst()))
        }
        if let option = section.option(parts[1]) {
            return DocumentTree(
                title: option.title, subtitle: "Option '\(item)'",
                blocks: [booklet.optionBlock(option, in: section, rulesAsWritten: verbose)])
        }
        if let parameter = section.parameter(parts[1]) {
            var blocks: [DocumentBlock] = [
                .definitions([
                    ("Allowed", [.text(BookletBuilder.allowed(parameter))]),
                    ("Default", [.text(BookletBuilder.defaultText(parameter))]),
                ])
            ]
            if let applies = parameter.applies {
                let words = "Asked only for some answers, depending on "
                blocks.append(
                    .paragraph(
                        verbose
                            ? [.text("Asked only when: "), .code(applies.text)]
                            : [.text(words + ReadableNames.titles(in: applies.expression, of: edition) + ".")]))
            }
            if !parameter.advice.isEmpty { blocks.append(.markdown(parameter.advice)) }
            if let cite = parameter.cite { blocks.append(.paragraph([.emphasis("Source: " + cite)])) }
            return DocumentTree(title: parameter.title, subtitle: "Setting '\(item)'", blocks: blocks)
        }
        return nil
    }
}
