import CSV
import Diagnostics

/// The compile as one tidy long table (`compile --format csv`, docs/formats.md): one observation per row,
/// `table, edition, year, group, item, measure, value`, so a spreadsheet's filter or pivot table can take
/// any cut. Text cells a spreadsheet would read as a formula are made inert by ``CSVWriter``; numbers are
/// numbers.
extension CompileResult {
    /// The header of the long table.
    public static let csvHeader = ["table", "edition", "year", "group", "item", "measure", "value"]

    /// The long table's rows, in the same order as the other formats.
    public func csvRows() -> [[CSVCell]] {
        var table = LongTable()
        for status in [Receipt.Status.counted, .superseded, .rejected, .unreadable] {
            table.add("files", item: status.rawValue, measure: "files", .integer(Int64(count(status))))
        }
        for receipt in receipts where receipt.status != .counted {
            table.add(
                "left out", year: receipt.year, group: receipt.status.rawValue, item: receipt.file,
                measure: receipt.codes.joined(separator: " "), .text(receipt.reason))
        }
        for group in groups { table.add(group) }
        for move in transitions {
            let years = String(move.fromYear) + " to " + String(move.toYear)
            let item = move.from + " -> " + move.to
            let before = Figures.meanTenths(move.attendanceBeforeTenths, over: move.attendanceCLPs)
            let after = Figures.meanTenths(move.attendanceAfterTenths, over: move.attendanceCLPs)
            table.add(
                "transitions", year: move.toYear, group: years, item: item, measure: "clps", .integer(Int64(move.clps)))
            table.add(
                "transitions", year: move.toYear, group: years, item: item, measure: "attendance per 100 before",
                LongTable.tenths(before))
            table.add(
                "transitions", year: move.toYear, group: years, item: item, measure: "attendance per 100 after",
                LongTable.tenths(after))
        }
        for year in missing {
            for entry in year.clps {
                table.add(
                    "missing", year: year.year, group: entry.region ?? "", item: entry.name, measure: "missing",
                    .integer(1))
            }
        }
        return table.rows
    }

    /// The long table as CSV text.
    public func csvText() -> String {
        CSVWriter().write(header: Self.csvHeader, rows: csvRows())
    }

    /// The receipt log (`receipts.csv` beside the letters): every file seen and what became of it.
    public func receiptsCSV() -> String {
        CSVWriter().write(
            header: ["file", "status", "clp", "year", "edition", "generated at", "reason", "codes"],
            rows: receipts.map {
                [
                    LongTable.text($0.file), .text($0.status.rawValue), $0.clp.map(LongTable.text) ?? .empty,
                    $0.year.map(CSVCell.integer) ?? .empty, $0.editionID.map(LongTable.text) ?? .empty,
                    $0.generatedAt.map(LongTable.text) ?? .empty, LongTable.text($0.reason),
                    .text($0.codes.joined(separator: " ")),
                ]
            })
    }
}

/// The rows of the long table as they are added, one observation each.
private struct LongTable {
    var rows: [[CSVCell]] = []

    mutating func add(
        _ table: String, edition: String = "", year: Int64? = nil, group: String = "", item: String, measure: String,
        _ value: CSVCell
    ) {
        rows.append([
            .text(table), edition.isEmpty ? .empty : Self.text(edition), year.map { .integer($0) } ?? .empty,
            group.isEmpty ? .empty : Self.text(group), Self.text(item), Self.text(measure),
            Self.clean(value),
        ])
    }

    /// A text cell whose escape sequences and other controls are shown, not obeyed, when the CSV is printed
    /// to a terminal (the writer makes formulas inert; this keeps `cat compile.csv` safe too).
    static func text(_ text: String) -> CSVCell { .text(TerminalText.sanitize(text)) }

    static func clean(_ cell: CSVCell) -> CSVCell {
        if case .text(let value) = cell { return text(value) }
        return cell
    }

    mutating func add(_ group: CompileResult.Group) {
        let (edition, year) = (group.editionID, group.year)
        for (item, value) in [
            ("reports", group.reports), ("valid", group.valid), ("valid with warnings", group.withWarnings),
            ("invalid", group.invalid), ("approvals pending", group.approvalsPending),
        ] {
            add(
                "standing", edition: edition, year: year, group: "all", item: item, measure: "reports",
                .integer(Int64(value)))
        }
        let breakdowns =
            [("all", group.reports, group.options)]
            + group.regions.map { ("region: " + $0.label, $0.reports, $0.options) }
            + group.bands.map { ("members: " + $0.id, $0.reports, $0.options) }
        for (name, reports, options) in breakdowns {
            for option in options where option.count > 0 || name == "all" {
                add(
                    "adoption", edition: edition, year: year, group: name, item: option.option, measure: "count",
                    .integer(Int64(option.count)))
                let share = CSVNumber(Figures.share(option.count, of: reports)).map(CSVCell.number) ?? .empty
                add("adoption", edition: edition, year: year, group: name, item: option.option, measure: "share", share)
            }
        }
        for setting in group.settings {
            for (measure, value) in [
                ("reports", Int64(setting.reports)), ("min", setting.min), ("lower quartile", setting.lowerQuartile),
                ("median", setting.median), ("upper quartile", setting.upperQuartile), ("max", setting.max),
            ] {
                add(
                    "settings", edition: edition, year: year, group: "all", item: setting.name, measure: measure,
                    .integer(value))
            }
        }
        for outcome in group.outcomes { add(outcome, edition: edition, year: year) }
        for phrases in group.phrases {
            for (table, list) in [("what worked", phrases.worked), ("what did not work", phrases.didNotWork)] {
                for phrase in list {
                    add(
                        table, edition: edition, year: year, group: phrase.phrase, item: phrases.option,
                        measure: "count", .integer(Int64(phrase.count)))
                }
            }
        }
        for topic in group.localAdditions {
            for (measure, value) in [("clps", topic.clps), ("additions", topic.additions)] {
                add(
                    "local additions", edition: edition, year: year, group: "all", item: topic.topic,
                    measure: measure, .integer(Int64(value)))
            }
        }
    }

    private mutating func add(_ outcome: CompileResult.OptionOutcome, edition: String, year: Int64) {
        let rating = Figures.average(outcome.ratingSum, over: outcome.ratings).flatMap(CSVNumber.init).map(
            CSVCell.number)
        let attendance = Figures.meanTenths(outcome.attendanceTenths, over: outcome.attendanceReports)
        for (measure, value) in [
            ("average rating", rating ?? .empty), ("ratings", .integer(Int64(outcome.ratings))),
            ("general meetings held", .integer(outcome.meetingsHeld)),
            ("general meetings planned", .integer(outcome.meetingsPlanned)),
            ("attendance per 100 members", Self.tenths(attendance)),
            ("attendance reports", .integer(Int64(outcome.attendanceReports))),
        ] as [(String, CSVCell)] {
            add("outcomes", edition: edition, year: year, group: "all", item: outcome.option, measure: measure, value)
        }
    }

    static func tenths(_ value: Int64?) -> CSVCell {
        value.map { .number(CSVNumber($0, scale: 1)) } ?? .empty
    }
}
