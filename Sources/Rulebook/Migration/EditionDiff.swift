import Diagnostics

/// What changed from one edition to a newer one, grouped by section: sections, options, settings, officer
/// posts, facts and report questions added, removed, renamed or merged (by the newer edition's migration
/// map), what changed about those kept, and the rules added, removed, tightened or loosened.
///
/// Built from two loaded editions; no file system. `clpconf menu diff` lays it out with ``document()``.
public struct EditionDiff: Sendable {
    /// The changes shown under one heading: a section of the newer edition, one it no longer has, or the
    /// edition-wide items.
    public struct Group: Sendable {
        /// The section's id (in the newer edition, or the older for a removed section); nil for edition-wide.
        public var sectionID: String?
        public var title: String
        /// The older section's title, when the section was renamed and its title changed.
        public var oldTitle: String?
        /// Whether the newer edition no longer has the section.
        public var isRemoved: Bool
        public var changes: [EditionChange]
    }

    /// The id, title and draft status of one of the two editions.
    public struct EditionName: Sendable {
        public var id: String
        public var title: String
        public var isDraft: Bool
    }

    public var old: EditionName
    public var new: EditionName
    /// Whether the newer edition's migration map is written from the older edition (and so was followed).
    public var followsMap: Bool
    /// The edition the newer edition's map is written from, when it is another.
    public var mapFrom: String?
    public var groups: [Group]
    /// The files of both editions, for the line numbers of the changes' spans.
    public var files: [SourceFile]

    /// Every change, in the order shown.
    public var changes: [EditionChange] { groups.flatMap(\.changes) }

    /// How many changes there are of `kind`.
    public func count(_ kind: EditionChange.Kind) -> Int { changes.count { $0.kind == kind } }

    /// How many changes point in `direction`.
    public func count(_ direction: EditionChange.Direction) -> Int { changes.count { $0.direction == direction } }

    /// Compares `old` with `newer`, following `newer`'s migration map when it is written from `old`.
    public static func between(_ old: Edition, _ newer: Edition) -> EditionDiff {
        let links = MigrationLinks(newer: newer, older: old)
        var sectionMap: [String: String] = [:]
        for section in old.sections {
            if let to = links.link(for: section.id)?.to, newer.section(to) != nil {
                sectionMap[section.id] = to
            } else if newer.section(section.id) != nil, links.link(for: section.id) == nil {
                sectionMap[section.id] = section.id
            }
        }
        let matcher = ItemMatcher(links: links, sectionMap: sectionMap)
        let comparer = ItemComparer(old: old, new: newer, links: links)
        var placed: [PlacedChange] = []
        placed += matcher.changes(.section, old: sections(old), new: sections(newer), compare: comparer.section)
        placed += matcher.changes(.option, old: options(old), new: options(newer), compare: comparer.option)
        placed += matcher.changes(.setting, old: settings(old), new: settings(newer), compare: comparer.parameter)
        placed += matcher.changes(
            .rule, old: rules(old), new: rules(newer), followsMap: false,
            compare: RuleComparer(renames: links.expressionRenames, old: old, new: newer).compare)
        placed += matcher.changes(.fact, old: facts(old), new: facts(newer), compare: comparer.fact)
        placed += matcher.changes(.post, old: posts(old), new: posts(newer), compare: comparer.post)
        placed += matcher.changes(
            .question, old: questions(old), new: questions(newer), followsMap: false, compare: comparer.question)
        for index in placed.indices where placed[index].change.kind == .added {
            placed[index].change.details += required(placed[index].change, in: newer)
        }
        return EditionDiff(
            old: EditionName(id: old.id, title: old.title, isDraft: old.isDraft),
            new: EditionName(id: newer.id, title: newer.title, isDraft: newer.isDraft), followsMap: links.applies,
            mapFrom: links.otherFrom, groups: groups(placed, old: old, new: newer), files: old.files + newer.files)
    }

    /// The changes under their headings: the newer edition's sections in order, then the removed sections
    /// in the older edition's order, then the edition-wide items; each group in the order the matcher gave.
    private static func groups(_ placed: [PlacedChange], old: Edition, new: Edition) -> [Group] {
        var byPlace: [DiffPlace: [PlacedChange]] = [:]
        for change in placed { byPlace[change.place, default: []].append(change) }
        func sorted(_ place: DiffPlace) -> [EditionChange] {
            // Sections first, then options, settings, rules, facts, posts and questions; each kind in the
            // newer edition's order, then what is gone in the older edition's.
            let items = byPlace[place] ?? []
            return items.enumerated().sorted { a, b in
                (kindRank(a.element.change.item), a.element.order, a.offset)
                    < (kindRank(b.element.change.item), b.element.order, b.offset)
            }.map(\.element.change)
        }
        var result: [Group] = []
        for section in new.sections {
            let changes = sorted(.section(section.id))
            guard !changes.isEmpty else { continue }
            let renamed = changes.first { $0.item == .section && $0.kind != .added && $0.oldTitle != section.title }
            result.append(
                Group(
                    sectionID: section.id, title: section.title, oldTitle: renamed?.oldTitle, isRemoved: false,
                    changes: changes))
        }
        for section in old.sections {
            let changes = sorted(.removedSection(section.id))
            guard !changes.isEmpty else { continue }
            result.append(
                Group(sectionID: section.id, title: section.title, oldTitle: nil, isRemoved: true, changes: changes))
        }
        let general = sorted(.general)
        if !general.isEmpty {
            result.append(
                Group(
                    sectionID: nil,
                    title: "For every CLP: facts, officer posts, edition-wide rules and report questions",
                    oldTitle: nil, isRemoved: false, changes: general))
        }
        return result
    }

    /// For a new setting with no default or a new required fact: that every file must now give it.
    private static func required(_ change: EditionChange, in edition: Edition) -> [String] {
        guard let id = change.newID else { return [] }
        switch change.item {
        case .setting:
            let parameter = edition.sections.lazy.flatMap(\.parameters).first { $0.qualifiedName == id }
            return parameter?.defaultValue == nil ? ["it has no default, so every file must now set it"] : []
        case .fact:
            let fact = edition.facts.first { "facts." + $0.id == id }
            return fact?.required == true ? ["every file must now give it"] : []
        default:
            return []
        }
    }

    private static func kindRank(_ item: EditionChange.Item) -> Int {
        switch item {
        case .section: 0
        case .option: 1
        case .setting: 2
        case .rule: 3
        case .fact: 4
        case .post: 5
        case .question: 6
        }
    }

    // MARK: - The items of an edition

    private static func sections(_ edition: Edition) -> [DiffItem<Section>] {
        edition.sections.map { DiffItem(id: $0.id, section: $0.id, title: $0.title, span: $0.span, value: $0) }
    }

    private static func options(_ edition: Edition) -> [DiffItem<Option>] {
        edition.sections.flatMap { section in
            section.options.map {
                DiffItem(id: section.id + "." + $0.id, section: section.id, title: $0.title, span: $0.span, value: $0)
            }
        }
    }

    private static func settings(_ edition: Edition) -> [DiffItem<Parameter>] {
        edition.sections.flatMap { section in
            section.parameters.map {
                DiffItem(id: $0.qualifiedName, section: section.id, title: $0.title, span: $0.span, value: $0)
            }
        }
    }

    private static func rules(_ edition: Edition) -> [DiffItem<Constraint>] {
        edition.allConstraints.map {
            DiffItem(
                id: $0.qualifiedID, section: $0.section, title: RuleComparer.words($0), span: $0.span, value: $0)
        }
    }

    private static func facts(_ edition: Edition) -> [DiffItem<FactDefinition>] {
        edition.facts.map { DiffItem(id: "facts." + $0.id, section: nil, title: $0.title, span: $0.span, value: $0) }
    }

    private static func posts(_ edition: Edition) -> [DiffItem<NamedItem>] {
        edition.posts.map { DiffItem(id: "posts." + $0.id, section: nil, title: $0.title, span: $0.span, value: $0) }
    }

    private static func questions(_ edition: Edition) -> [DiffItem<ReportQuestion>] {
        edition.questions.map {
            DiffItem(id: "questions." + $0.id, section: nil, title: $0.text, span: $0.span, value: $0)
        }
    }
}
