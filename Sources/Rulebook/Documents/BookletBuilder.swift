import RuleLanguage

/// Builds the booklet a secretary reads for an edition: contents, each section's introduction, every
/// option with its advice, parameters with ranges and defaults, and the rules that apply, in plain language.
public struct BookletBuilder: Sendable {
    public let edition: Edition

    public init(edition: Edition) {
        self.edition = edition
    }

    public func build() -> DocumentTree {
        var blocks: [DocumentBlock] = []
        if !edition.intro.isEmpty { blocks.append(.markdown(edition.intro)) }
        blocks.append(
            .contents(edition.sections.map { ($0.id.anchorID, $0.title) } + [("general-rules", "Rules for every CLP")]))
        for section in edition.sections { blocks += sectionBlocks(section) }
        blocks.append(.heading(level: 1, text: "Rules for every CLP", anchor: "general-rules"))
        blocks += edition.general.constraints.map(ruleBlock)
        if !edition.questions.isEmpty {
            blocks.append(.heading(level: 2, text: "What the secretary reports at the end of the year", anchor: nil))
            blocks.append(.bullets(edition.questions.map { [.text($0.text)] }))
        }
        let published = edition.published.map { ", published " + RuleValueFormatter.date($0) } ?? ""
        let kind =
            edition.isDraft ? "Draft menu edition \(edition.id), not yet published" : "Menu edition \(edition.id)"
        return DocumentTree(
            title: edition.title, subtitle: "\(kind)\(published). Models the \(edition.ruleBook).",
            blocks: blocks, watermark: edition.isDraft ? "DRAFT" : nil)
    }

    func sectionBlocks(_ section: Section) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(level: 1, text: section.title, anchor: section.id.anchorID)]
        if !section.intro.isEmpty { blocks.append(.markdown(section.intro)) }
        blocks.append(.paragraph([.emphasis(Self.choiceSentence(section))]))
        if !section.options.isEmpty {
            blocks.append(.heading(level: 2, text: "The options", anchor: nil))
            blocks += section.options.map { optionBlock($0, in: section) }
        }
        if !section.parameters.isEmpty {
            blocks.append(.heading(level: 2, text: "Settings you choose", anchor: nil))
            blocks.append(
                .table(
                    header: ["Setting", "Allowed", "Default", "Key"],
                    rows: section.parameters.map {
                        [$0.title, Self.allowed($0), Self.defaultText($0), $0.qualifiedName]
                    }))
            for parameter in section.parameters where !parameter.advice.isEmpty {
                blocks.append(
                    .group(
                        className: "parameter",
                        [.paragraph([.strong(parameter.title + ". ")]), .markdown(parameter.advice)]))
            }
        }
        if !section.rules.constraints.isEmpty {
            blocks.append(.heading(level: 2, text: "Rules that apply", anchor: nil))
            blocks += section.rules.constraints.map(ruleBlock)
        }
        return blocks
    }

    /// One option's entry; with `rulesAsWritten` false its conditions name what they read by title only.
    func optionBlock(_ option: Option, in section: Section, rulesAsWritten: Bool = true) -> DocumentBlock {
        var body: [DocumentBlock] = [
            .heading(level: 3, text: option.title, anchor: "\(section.id)-\(option.id)".anchorID),
            .paragraph([.strong(option.summary)]),
        ]
        if section.defaults.contains(option.id) {
            body.append(.paragraph([.emphasis("This is the default if you choose nothing.")]))
        }
        body.append(.markdown(option.advice))
        var conditions: [[DocumentInline]] = []
        func condition(_ label: String, _ words: String, _ rule: CompiledExpression) -> [DocumentInline] {
            rulesAsWritten
                ? [.text(label), .code(rule.text)]
                : [.text(words + ReadableNames.titles(in: rule.expression, of: edition) + ".")]
        }
        if let requires = option.requires {
            conditions.append(condition("Only when: ", "Only with some answers, depending on ", requires))
        }
        if let excludes = option.excludes {
            conditions.append(condition("Not when: ", "Ruled out by some answers, depending on ", excludes))
        }
        if !option.approvals.isEmpty {
            let bodies = option.approvals.map { "the " + edition.approverTitle($0) }.joinedAsList()
            conditions.append([.text("Needs approval from \(bodies) before it takes effect.")])
        }
        if !conditions.isEmpty { body.append(.callout(label: "Conditions", [.bullets(conditions)])) }
        if let cite = option.cite { body.append(.paragraph([.emphasis("Source: " + cite)])) }
        body.append(.paragraph([.text("In your selections file: "), .code(Self.selectionKey(option, in: section))]))
        return .group(className: "option", body)
    }

    func ruleBlock(_ constraint: Constraint) -> DocumentBlock {
        var items: [DocumentBlock] = [
            .paragraph([
                .strong((constraint.severity == .error ? "Rule " : "Advice ") + constraint.code + ". "),
                .text(Self.plainTemplate(constraint.message.text)),
            ])
        ]
        if let fix = constraint.fix { items.append(.paragraph([.text("How to put it right: " + fix)])) }
        if let rationale = constraint.rationale { items.append(.markdown(rationale)) }
        if let cite = constraint.cite { items.append(.paragraph([.emphasis("Source: " + cite)])) }
        return .group(className: "rule", items)
    }

    static func choiceSentence(_ section: Section) -> String {
        switch section.choose {
        case .one: "Choose one option."
        case .any: "Choose any of these options, or none."
        case .none: "No options to choose here: set the values below, or keep the defaults."
        }
    }

    static func selectionKey(_ option: Option, in section: Section) -> String {
        switch section.choose {
        case .one: "[\(section.id)] option = \"\(option.id)\""
        case .any, .none: "[\(section.id)] options = [\"\(option.id)\", ...]"
        }
    }

    static func allowed(_ parameter: Parameter) -> String {
        let unit = parameter.unit.map { " " + $0 } ?? ""
        switch parameter.kind {
        case .integer(let range?): return "\(range.lowerBound) to \(range.upperBound)\(unit)"
        case .integer: return "a whole number\(unit)"
        case .boolean: return "yes or no"
        case .string: return "text"
        case .date: return "a date"
        case .choice(let values): return values.joined(separator: ", ")
        }
    }

    static func defaultText(_ parameter: Parameter) -> String {
        guard let value = parameter.defaultValue else { return "none: you must set it" }
        return RuleValueFormatter.text(value) + (parameter.unit.map { " " + $0 } ?? "")
    }

    /// Template text with each `{{…}}` interpolation shown as "…", block tags removed and each block's
    /// `{{else}}` part left out (so an either/or message reads as its first half), for reading without values.
    public static func plainTemplate(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        // One entry per open block: whether its `{{else}}` part is being read (and so left out).
        var blocks: [Bool] = []
        while let open = rest.firstRange(ofASCII: "{{") {
            if !blocks.contains(true) { result += rest[..<open.lowerBound] }
            guard let close = rest[open.upperBound...].firstRange(ofASCII: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let inner = rest[open.upperBound..<close.lowerBound].drop { $0 == " " }
            if inner.hasPrefix("#") {
                blocks.append(false)
            } else if inner.hasPrefix("/") {
                _ = blocks.popLast()
            } else if inner.hasPrefix("else") && inner.allSatisfy({ $0.isLetter || $0 == " " }) {
                if !blocks.isEmpty { blocks[blocks.count - 1] = true }
            } else if !blocks.contains(true) {
                result += "…" + (Self.pluralWord(inner).map { " " + $0 } ?? "")
            }
            rest = rest[close.upperBound...]
        }
        return blocks.contains(true) ? result : result + rest
    }

    /// The plural word of a `plural(number, "singular", "plural")` interpolation, so that "… seats" reads as
    /// the message does with its number left out. The interpolation is read by the rule language's parser;
    /// anything but that call with a written word (a word built by an expression, say) gives nil, and so a
    /// bare "…".
    static func pluralWord(_ interpolation: Substring) -> String? {
        guard interpolation.hasPrefix("plural("),
            case let (expression?, _) = RuleParser.parse(RuleSource(text: String(interpolation))),
            case .call("plural", let arguments) = expression.kind, arguments.count == 3,
            case .string(let word) = arguments[2].kind, !word.isEmpty
        else { return nil }
        return word
    }
}
