import Diagnostics

/// The letters back to every CLP: one per CLP that sent anything the compile could name it by (what became
/// of each file, what the check found, which figures it was counted in, how it compares with CLPs of its
/// size and region, what it changed since last year, and the centre's response), and a reminder to each
/// CLP on the roster that sent nothing for the latest year.
///
/// Reads each CLP's latest counted report from the source again, one at a time, so memory stays flat.
public struct CompileLetters: Sendable {
    public var result: CompileResult
    public var responses: [CentreResponse]
    public var roster: Roster?
    let decoder: ReportDecoder

    public init(result: CompileResult, responses: [CentreResponse], roster: Roster?, editions: [String: String]) {
        self.result = result
        self.responses = responses
        self.roster = roster
        self.decoder = ReportDecoder(editions: editions)
    }

    /// Builds every letter, in the order the CLPs' files were given then the roster's order, and hands each
    /// to `emit`.
    public func write(_ source: some ReportSource, emit: (Letter) throws -> Void) rethrows {
        var order: [String] = []
        // Each CLP's receipts by position, put together only for its letter: a million receipts are never all
        // held as values at once.
        var files: [String: [Int]] = [:]
        var latest: [String: (index: Int, year: Int64)] = [:]
        for (index, receipt) in result.receipts.enumerated() {
            guard let clp = receipt.clp else { continue }
            let key = CLPName.key(clp)
            if files[key] == nil { order.append(key) }
            files[key, default: []].append(index)
            if receipt.status == .counted, let year = receipt.year, latest[key].map({ $0.year < year }) ?? true {
                latest[key] = (index, year)
            }
        }
        var ids = LetterIDs()
        let missing = Set((result.missing.last?.clps ?? []).map { CLPName.key($0.name) })
        for key in order {
            let receipts = (files[key] ?? []).map { result.receipts[$0] }
            var report: ReceivedReport?
            if let index = latest[key]?.index, case .success(let bytes) = source.read(at: index),
                case .accepted(let read) = decoder.decode(bytes, path: source.path(at: index))
            {
                report = read
            }
            let name = report?.clp ?? receipts.first?.clp ?? key
            // A CLP that sent nothing for the latest year is told so; one whose report for it could not be
            // counted reads why in the table of files.
            let latestYear = result.missing.last?.year
            let awaited = missing.contains(key) && !receipts.contains { $0.year == latestYear } ? latestYear : nil
            let letter = LetterBuilder(result: result, responses: responses, roster: roster)
                .letter(name: name, receipts: receipts, report: report, awaiting: awaited)
            try emit(Letter(id: ids.next(for: name), clp: name, document: letter))
        }
        guard let year = result.missing.last else { return }
        // A CLP that sent an earlier year's report has its reminder in that letter.
        for entry in year.clps where files[CLPName.key(entry.name)] == nil {
            let letter = LetterBuilder(result: result, responses: responses, roster: roster)
                .reminder(entry, year: year.year)
            try emit(Letter(id: ids.next(for: entry.name), clp: entry.name, document: letter))
        }
    }

    /// A warning for each response that no counted report's CLP (and year) matches.
    public static func unusedResponses(_ responses: [CentreResponse], result: CompileResult) -> [Diagnostic] {
        var years: [String: Set<Int64>] = [:]
        for receipt in result.receipts where receipt.status == .counted {
            if let clp = receipt.clp, let year = receipt.year { years[CLPName.key(clp), default: []].insert(year) }
        }
        return responses.filter { response in
            guard let counted = years[CLPName.key(response.clp)] else { return true }
            return response.year.map { !counted.contains($0) } ?? false
        }.map(CompileMessages.responseUnused)
    }
}

/// File names for letters: the CLP's name as an anchor id, made unique with `-2`, `-3`.
struct LetterIDs {
    private var used: Set<String> = []

    mutating func next(for name: String) -> String {
        let base = name.anchorID.isEmpty ? "clp" : String(name.anchorID.prefix(80))
        var id = base
        var number = 2
        while used.contains(id) {
            id = base + "-" + String(number)
            number += 1
        }
        used.insert(id)
        return id
    }
}
