import Diagnostics
import RuleLanguage
import TOML

/// A CLP's choices for one year: who it is, its facts, the option(s) and parameters chosen in each
/// section, the officers elected, votes recorded and approvals received — every value with its location.
///
/// Produced by ``SelectionsLoader`` against an ``Edition``; read by validation, documents and reports.
public struct Selections: Sendable {
    /// A value together with where it was written.
    public struct Located<Value: Sendable>: Sendable {
        public var value: Value
        public var span: SourceSpan
    }

    /// What a CLP chose in one section.
    public struct SectionChoice: Sendable {
        /// Chosen option ids (one for `choose = "one"`); empty when the section's default applies.
        public var options: [Located<String>]
        /// Whether the options came from the menu's default rather than the file.
        public var usedDefault: Bool
        /// Parameters the file set.
        public var parameters: [String: Located<RuleValue>]
        /// Where the section's table is (nil when the file has no table for it).
        public var span: SourceSpan?
    }

    /// One officer elected at the AGM.
    public struct Officer: Sendable {
        public var post: String
        public var name: String
        public var woman: Bool
        public var jobShare: Bool
        public var unionMember: Bool
        /// Where the officer's `name` is written.
        public var span: SourceSpan
    }

    /// A recorded vote on a decision that needs a majority.
    public struct Vote: Sendable {
        public var inFavour: Int
        public var against: Int
        public var span: SourceSpan
    }

    /// An approval received: what it approves (an option, `section.option`, or one of the edition's
    /// matters, such as `structure_change`), which body gave it, when, and its reference.
    public struct Approval: Sendable {
        /// An option's qualified id or a matter's id.
        public var approves: Located<String>
        /// The approving body's id (one of the edition's `[[approval]]` ids).
        public var by: Located<String>
        public var date: Located<TOMLDate>
        public var reference: String?
        /// Where the whole record is.
        public var span: SourceSpan
    }

    /// An amendment adopted at the AGM, as the workbench records it in `[[adoption]]` (`docs/formats.md`,
    /// "The adoption log"): the changes, who moved it, the votes and when it was adopted.
    public struct Adoption: Sendable, Hashable {
        /// The changes as `section.key=value`, in the order moved.
        public var changes: [String]
        public var movedBy: String
        public var votesFor: Int
        public var votesAgainst: Int
        public var abstaining: Int
        /// When it was adopted: a TOML offset date-time as written (`2026-06-14T19:32:05Z`).
        public var adoptedAt: String
    }

    /// A clause the CLP wrote in its own words (`[[local_addition]]`), placed at the end of one part of the
    /// standing orders. It is text: never evaluated, it carries no settings.
    public struct LocalAddition: Sendable {
        /// The id of the part it goes in (one of the edition's `[[part]]` ids).
        public var topic: Located<String>
        /// The clause, as the CLP wrote it.
        public var text: Located<String>
        /// Where the whole record is.
        public var span: SourceSpan
    }

    public var edition: Located<String>
    public var year: Located<Int>?
    public var clpName: Located<String>?
    public var region: Located<String>?
    public var agmDate: Located<TOMLDate>?
    /// Fact values by fact id (lists are lists of records).
    public var facts: [String: Located<RuleValue>]
    public var choices: [String: SectionChoice]
    public var officers: [Officer]
    public var votes: [String: Vote]
    /// Approvals received, in the order written.
    public var approvals: [Approval]
    /// Amendments adopted at the AGM, in the order adopted.
    public var adoptions: [Adoption] = []
    /// The CLP's local additions, in the order written.
    public var localAdditions: [LocalAddition] = []
    /// The parsed file, for locating keys and rendering excerpts.
    public var document: TOMLDocument

    public func span(_ range: Range<Int>) -> SourceSpan { document.span(range) }
}
