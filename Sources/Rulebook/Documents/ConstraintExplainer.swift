import Diagnostics

/// The `clpconf explain CODE` page for a menu constraint: the rule in plain words, why it exists, where it
/// comes from, what `check` says when it fails, and the examples that must pass and fail.
public enum ConstraintExplainer {
    /// The page for `constraint`.
    ///
    /// - Parameters:
    ///   - example: What `check` reports for the constraint's first failing example, shown as "For example"
    ///     (its message and `because` with that example's values); without it the message is shown with its
    ///     values left out.
    ///   - verbose: Whether to add the rule as written in the rule language (`explain --verbose`).
    public static func document(
        _ constraint: Constraint, edition: Edition, example: Diagnostic? = nil, verbose: Bool = false
    ) -> DocumentTree {
        var definitions: [(term: String, detail: [DocumentInline])] = [
            (
                "Severity",
                [.text(constraint.severity == .error ? "error: the selections are invalid" : "warning: advice")]
            ),
            ("Source", [.text(constraint.cite ?? "not cited")]),
        ]
        if verbose {
            definitions += [
                ("Applies when", [.code(constraint.when?.text ?? "always")]),
                ("Requires", [.code(constraint.require.text)]),
            ]
        }
        var blocks: [DocumentBlock] = [
            .paragraph([.text(BookletBuilder.plainTemplate(constraint.message.text))]),
            .definitions(definitions),
        ]
        if let example {
            blocks += [
                .heading(level: 3, text: "What check says for the first failing example", anchor: nil),
                .paragraph([.text(example.message)]),
            ]
            if let because = example.explanation { blocks.append(.paragraph([.text(because)])) }
        }
        if let rationale = constraint.rationale {
            blocks += [.heading(level: 3, text: "Why", anchor: nil), .markdown(rationale)]
        }
        if let fix = constraint.fix {
            blocks += [.heading(level: 3, text: "How to put it right", anchor: nil), .paragraph([.text(fix)])]
        }
        for (label, examples) in [("Passes", constraint.passExamples), ("Fails", constraint.failExamples)]
        where !examples.isEmpty {
            blocks.append(.heading(level: 3, text: "\(label) (applied on top of the edition's example)", anchor: nil))
            blocks += examples.map { .preformatted($0.text.trimmingSuffix()) }
        }
        return DocumentTree(
            title: "\(constraint.code): \(constraint.qualifiedID)", subtitle: "Edition \(edition.id)", blocks: blocks)
    }
}

extension String {
    /// The string without trailing newlines and spaces.
    func trimmingSuffix() -> String {
        var copy = self
        while let last = copy.last, last == "\n" || last == " " { copy.removeLast() }
        return copy
    }
}
