import JSON

/// The compile as JSON for other tools (`compile --format json`, schema `clpconf.compile/1`,
/// docs/formats.md): members in a fixed order, shares as four-decimal numbers, averages as the sums and
/// counts behind them, so nothing is rounded twice.
extension CompileResult {
    /// The schema id the JSON carries.
    public static let schema = "clpconf.compile/1"

    /// The whole result as one JSON tree, receipts included.
    public func json() -> JSONNode {
        json(receiptNodes: receipts.map(json))
    }

    private func json(receiptNodes: [JSONNode]) -> JSONNode {
        object([
            ("schema", string(Self.schema)),
            (
                "files",
                object([
                    ("read", integer(receipts.count)), ("counted", integer(count(.counted))),
                    ("superseded", integer(count(.superseded))), ("rejected", integer(count(.rejected))),
                    ("unreadable", integer(count(.unreadable))),
                ])
            ),
            ("groups", array(groups.map(json))),
            ("transitions", array(transitions.map(json))),
            (
                "missing",
                array(
                    missing.map { year in
                        object([
                            ("year", integer(year.year)),
                            (
                                "clps",
                                array(
                                    year.clps.map {
                                        object([("name", string($0.name)), ("region", optional($0.region))])
                                    })
                            ),
                        ])
                    })
            ),
            ("receipts", array(receiptNodes)),
        ])
    }

    /// The JSON as `compile` writes it: indented, with a final newline.
    public func jsonText() -> String {
        var whole = ""
        writeJSON { whole += $0 }
        return whole
    }

    /// ``jsonText()`` handed to `emit` a piece at a time: the receipts, one per file, are made and written one
    /// at a time, so neither their tree nor their whole text is ever held.
    public func writeJSON(_ emit: (String) -> Void) {
        do {
            try JSONWriter(layout: .indented).write(
                json(receiptNodes: []), streamingMember: "receipts", elements: receipts.lazy.map(json), emit: emit)
        } catch {
            // The result is at most seven levels deep (a group's option outcomes), far inside the writer's limit.
            preconditionFailure("the compile's JSON is nested too deep to write: \(error)")
        }
        emit("\n")
    }

    private func json(_ group: Group) -> JSONNode {
        object([
            ("edition", string(group.editionID)), ("year", integer(group.year)), ("reports", integer(group.reports)),
            (
                "standing",
                object([
                    ("valid", integer(group.valid)), ("validWithWarnings", integer(group.withWarnings)),
                    ("invalid", integer(group.invalid)), ("approvalsPending", integer(group.approvalsPending)),
                ])
            ),
            ("options", array(group.options.map { json($0, of: group.reports) })),
            ("regions", array(group.regions.map(json))),
            ("bands", array(group.bands.map(json))),
            (
                "settings",
                array(
                    group.settings.map {
                        object([
                            ("name", string($0.name)), ("reports", integer($0.reports)), ("min", integer($0.min)),
                            ("lowerQuartile", integer($0.lowerQuartile)), ("median", integer($0.median)),
                            ("upperQuartile", integer($0.upperQuartile)), ("max", integer($0.max)),
                        ])
                    })
            ),
            ("outcomes", array(group.outcomes.map(json))),
            ("phrases", array(group.phrases.map(json))),
            (
                "localAdditions",
                array(
                    group.localAdditions.map {
                        object([
                            ("topic", string($0.topic)), ("clps", integer($0.clps)),
                            ("additions", integer($0.additions)),
                        ])
                    })
            ),
        ])
    }

    private func json(_ count: OptionCount, of total: Int) -> JSONNode {
        object([
            ("option", string(count.option)), ("count", integer(count.count)),
            (
                "share",
                JSONNode(
                    .number(JSONNumber(lexeme: Figures.share(count.count, of: total)) ?? JSONNumber(0)), range: nowhere)
            ),
        ])
    }

    private func json(_ breakdown: Breakdown) -> JSONNode {
        object([
            ("id", string(breakdown.id)), ("reports", integer(breakdown.reports)),
            ("options", array(breakdown.options.filter { $0.count > 0 }.map { json($0, of: breakdown.reports) })),
        ])
    }

    private func json(_ outcome: OptionOutcome) -> JSONNode {
        object([
            ("option", string(outcome.option)), ("reports", integer(outcome.reports)),
            ("ratingSum", integer(outcome.ratingSum)), ("ratings", integer(outcome.ratings)),
            ("meetingsHeld", integer(outcome.meetingsHeld)), ("meetingsPlanned", integer(outcome.meetingsPlanned)),
            ("meetingReports", integer(outcome.meetingReports)),
            ("attendancePer100TenthsSum", integer(outcome.attendanceTenths)),
            ("attendanceReports", integer(outcome.attendanceReports)),
        ])
    }

    private func json(_ phrases: OptionPhrases) -> JSONNode {
        func list(_ counts: [PhraseCount]) -> JSONNode {
            array(counts.map { object([("phrase", string($0.phrase)), ("count", integer($0.count))]) })
        }
        return object([
            ("option", string(phrases.option)), ("worked", list(phrases.worked)),
            ("didNotWork", list(phrases.didNotWork)),
        ])
    }

    private func json(_ move: Transition) -> JSONNode {
        object([
            ("fromYear", integer(move.fromYear)), ("toYear", integer(move.toYear)), ("from", string(move.from)),
            ("to", string(move.to)), ("clps", integer(move.clps)),
            ("attendanceBeforeTenthsSum", integer(move.attendanceBeforeTenths)),
            ("attendanceAfterTenthsSum", integer(move.attendanceAfterTenths)),
            ("attendanceCLPs", integer(move.attendanceCLPs)),
        ])
    }

    private func json(_ receipt: Receipt) -> JSONNode {
        object([
            ("file", string(receipt.file)), ("status", string(receipt.status.rawValue)), ("clp", optional(receipt.clp)),
            ("year", receipt.year.map { integer($0) } ?? null), ("edition", optional(receipt.editionID)),
            ("reason", string(receipt.reason)), ("codes", array(receipt.codes.map(string))),
        ])
    }
}
