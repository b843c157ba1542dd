/// A CLP's standing orders for one year, worked out from its evaluation and numbered: the content of
/// `clpconf build` before any format is chosen, and what `clpconf diff` compares clause by clause.
public struct StandingOrders: Sendable {
    /// Who and what they are for: the title block.
    public struct Identity: Sendable, Hashable {
        public var clpName: String
        public var region: String?
        public var year: Int?
        /// "8 October 2022", or nil when the file gives no AGM date.
        public var adopted: String?
        public var editionID: String
        public var editionTitle: String
        public var editionDigest: String
        public var ruleBook: String
        /// The branch, for a branch's own standing orders (`build --branch`); nil for the CLP's.
        public var branch: String? = nil
    }

    /// One numbered part ("Part 2. Meetings and procedure").
    public struct Part: Sendable {
        public var id: String
        public var number: Int
        public var title: String
        public var provisions: [Provision]
    }

    /// One numbered clause of the standing orders, with what produced it.
    public struct Provision: Sendable {
        /// `so_quorum`, or `governance.gc_composition` for a section's clause.
        public var id: String
        /// `2.4`.
        public var number: String
        public var title: String
        /// The text, paragraph by paragraph, cross-references already numbered.
        public var paragraphs: [Paragraph]
        /// Tables printed under the clause.
        public var tables: [Table]
        public var trace: Trace
    }

    /// A paragraph of a clause, or a list (lines starting "- " in the menu's text).
    public enum Paragraph: Sendable, Hashable {
        case text(String)
        case list([String])

        /// The paragraph's words, for comparing clause texts.
        public var plain: String {
            switch self {
            case .text(let text): text
            case .list(let items): items.joined(separator: " ")
            }
        }

        func map(_ transform: (String) -> String) -> Paragraph {
            switch self {
            case .text(let text): .text(transform(text))
            case .list(let items): .list(items.map(transform))
            }
        }
    }

    /// Where a clause came from: the choices and settings it read, and the rule it rests on.
    public struct Trace: Sendable, Hashable {
        /// Chosen options it depends on, as `section.option`.
        public var options: [String]
        /// Settings it reads, as `section.parameter = value`.
        public var parameters: [String]
        /// Values worked out for the year that it reads, by title ("Quorum of General Meetings").
        public var derived: [String]
        /// The rule it rests on (a Rule Book citation).
        public var rule: String?
        /// The menu item that holds the clause text (`menus/2019/sections/08_standing_orders.toml`, clause `so_quorum`).
        public var clause: String
        /// For a local addition, where the CLP wrote it (`ours.toml, line 120, topic 'procedure'`); nil for a
        /// clause from the menu.
        public var localAddition: String? = nil

        /// Whether the clause is the CLP's own words (a `[[local_addition]]`) rather than the menu's.
        public var isLocalAddition: Bool { localAddition != nil }

        /// "Chosen: governance.delegate_gc. Settings: meetings.agm_month = October. Rule: Rule Book 2019, …".
        public var summary: String {
            if let localAddition {
                return "Added by the CLP: a local addition in its own words, not from the menu; it carries no "
                    + "settings and is not checked against the Rule Book. Written in: " + localAddition + "."
            }
            var parts: [String] = []
            if !options.isEmpty { parts.append("Chosen: " + options.joined(separator: ", ") + ".") }
            if !parameters.isEmpty { parts.append("Settings: " + parameters.joined(separator: "; ") + ".") }
            if !derived.isEmpty { parts.append("Worked out: " + derived.joined(separator: "; ") + ".") }
            parts.append("Rule: " + (rule ?? "the CLP's own choice") + ".")
            parts.append("Menu clause: " + clause + ".")
            return parts.joined(separator: " ")
        }
    }

    /// A table: a title, headings, rows of text, and an optional closing row (totals).
    public struct Table: Sendable, Hashable {
        public var id: String
        public var title: String
        public var header: [String]
        public var rows: [[String]]
        /// Shown when there are no rows.
        public var emptyText: String?
        /// The rule the table rests on.
        public var cite: String?
    }

    public var identity: Identity
    public var parts: [Part]
    /// The schedules at the end: values worked out for the year, and the officers elected.
    public var schedules: [Table]
    /// Problems of the year (only when built as a draft of an invalid file), one line each.
    public var problems: [String]
    /// Whether this is a draft (not valid, or not adopted).
    public var isDraft: Bool

    /// Every provision, in order.
    public var provisions: [Provision] { parts.flatMap(\.provisions) }
}
