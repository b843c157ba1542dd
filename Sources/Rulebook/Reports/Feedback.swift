/// The secretary's year-end answers (`clpconf init --feedback`, `report --feedback`; `docs/formats.md`,
/// "The feedback file"): an answer to each of the edition's report questions, the year's figures the
/// edition does not ask for (members at year end), and a 1–5 rating with a comment for each option chosen.
public struct Feedback: Sendable, Hashable {
    /// One answer, of the type its question asks for.
    public enum Answer: Sendable, Hashable {
        case text(String)
        case integer(Int)
        case boolean(Bool)
    }

    /// One question answered.
    public struct QuestionAnswer: Sendable, Hashable {
        /// The question's id in the edition.
        public var id: String
        /// The question as the edition asks it.
        public var question: String
        public var answer: Answer
    }

    /// How well one chosen option worked.
    public struct OptionRating: Sendable, Hashable {
        /// `section.option`.
        public var option: String
        /// 1 (badly) to 5 (very well); nil when not rated.
        public var rating: Int?
        public var comment: String?
    }

    /// In the edition's question order; unanswered questions are left out.
    public var answers: [QuestionAnswer]
    /// Members at the end of the year (`[figures] members_at_year_end`); nil when not given.
    public var membersAtYearEnd: Int?
    /// In menu order; options not rated are left out.
    public var ratings: [OptionRating]
}

extension YearEvaluation {
    /// Every option the year chose, as `section.option` with its title, in menu order.
    public var chosenOptions: [(name: String, title: String)] {
        edition.sections.flatMap { section -> [(name: String, title: String)] in
            guard let choice = section.choiceName else { return [] }
            let ids: [String] =
                switch bindings[choice] {
                case .string(let id): [id]
                case .list(let items):
                    items.compactMap {
                        if case .string(let id) = $0 { id } else { nil }
                    }
                default: []
                }
            return ids.map { (section.id + "." + $0, section.option($0)?.title ?? $0) }
        }
    }
}
