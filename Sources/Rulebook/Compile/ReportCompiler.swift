import Diagnostics

/// The central compile: reads every report a ``ReportSource`` holds, a file at a time, and tallies what CLPs
/// chose and how it worked, per edition and year, into a ``CompileResult``.
///
/// A report that cannot be trusted is listed with its reasons and left out; it never stops the compile. Two
/// reports for the same CLP and year: the later AGM (then the later generation time) is kept, and the other
/// taken back out of every figure (it is read again to do so), so memory stays flat however many reports
/// there are. No file system: the source reads the files.
public struct ReportCompiler: Sendable {
    /// The editions reports may be on, for their digests and their titles.
    public var editions: [Edition]
    /// Each edition's published digest (hex), by id.
    public var digests: [String: String]
    public var roster: Roster?
    /// Files larger than this keep no text for quoting in diagnostics.
    public static let quotedFileLimit = 1 << 20
    /// How many bytes of rejected files' text one compile keeps for quoting, in all (8 MiB unless changed):
    /// each keeps the text up to the last line its diagnostics start on, and the diagnostics of files rejected
    /// after the budget is spent keep their lines and columns but no text to quote, so a folder of a million
    /// bad files costs their diagnostics, not their text.
    public var quotedTextBudget = 8 << 20

    public init(editions: [Edition], digests: [String: String], roster: Roster? = nil) {
        self.editions = editions
        self.digests = digests
        self.roster = roster
    }

    /// Decodes the files `0..<count` with `decode` and hands each to `fold`, once each, in order (anything
    /// else stops the compile with a precondition failure). Each file's decoding reads no other, so a caller
    /// may decode ahead on a second core while this one folds. By default everything is done here, a file at
    /// a time.
    public typealias FileDecoder = (
        _ count: Int, _ decode: @escaping @Sendable (Int) -> DecodedFile, _ fold: (DecodedFile) -> Void
    ) -> Void

    /// Decodes each file on this thread, just before it is folded in.
    public static func decodeHere(
        _ count: Int, _ decode: @escaping @Sendable (Int) -> DecodedFile, _ fold: (DecodedFile) -> Void
    ) {
        for index in 0..<count { fold(decode(index)) }
    }

    /// Compiles every report in `source`; `progress` is called after each file with (done, total).
    public func compile(
        _ source: some ReportSource, decoding decodeFiles: FileDecoder = decodeHere,
        progress: (Int, Int) -> Void = { _, _ in }
    ) -> CompileResult {
        let decoder = ReportDecoder(editions: digests)
        var run = CompileRun(
            decoder: decoder, roster: roster, quotedTextBudget: quotedTextBudget, files: source.count)
        let decode: @Sendable (Int) -> DecodedFile = { DecodedFile($0, of: source, decoder: decoder) }
        var folded = 0
        // `progress` is called only during this call, from the fold.
        withoutActuallyEscaping(progress) { progress in
            decodeFiles(source.count, decode) { file in
                // A receipt's position is its file's (a replaced report is read again by it), so a decoder that
                // lost or reordered files would corrupt the figures: that is a fault in the caller.
                precondition(file.index == folded, "a file decoder gives each file once, in order")
                folded += 1
                run.receive(file, from: source)
                progress(folded, source.count)
            }
        }
        precondition(folded == source.count, "a file decoder gives every file")
        return CompileResult(run, editions: editions, roster: roster)
    }
}

/// The compile's state while it reads: tallies, which report is kept for each CLP and year, receipts.
///
/// Everything kept per file or per CLP is small and flat (numbers, short dates, names in chunked bytes), so a
/// million reports fit in a few hundred megabytes.
struct CompileRun {
    /// A group of reports compared with each other: one edition, one year.
    struct GroupKey: Hashable, Comparable {
        var edition: String
        var year: Int64

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.edition) < (rhs.year, rhs.edition) }
    }

    /// One CLP's year: the CLP by its number in ``clps``.
    struct CLPYear: Hashable {
        var clp: Int32
        var year: Int64
    }

    /// What the year-on-year figures need from one CLP's year, in eight bytes.
    struct YearPoint: Hashable {
        /// The governance option, by its number in ``governance`` (-1 for none).
        var governance: Int32
        /// ``YearTally/attendanceTenths(_:members:)``, at most a million, or -1 for none.
        private var attendance: Int32

        init(governance: Int32, attendanceTenths: Int64?) {
            self.governance = governance
            attendance = attendanceTenths.flatMap { Int32(exactly: $0) } ?? -1
        }

        var attendanceTenths: Int64? { attendance >= 0 ? Int64(attendance) : nil }
    }

    /// The report kept for one CLP and year, and what the transitions read from it.
    struct Kept {
        var receipt: Int
        var agmDate: String
        var group: Int32
        var point: YearPoint
    }

    let decoder: ReportDecoder
    let roster: Roster?
    var tallies: [GroupKey: YearTally] = [:]
    /// The groups by number, for ``Kept/group``.
    var groups: [GroupKey] = []
    private var groupNumbers: [GroupKey: Int32] = [:]
    /// Each CLP's name key (``CLPName/key(_:)``), numbered.
    var clps = StringPool()
    /// The governance options chosen, numbered.
    var governance = StringPool()
    var kept: [CLPYear: Kept] = [:]
    var receipts = ReceiptLog()
    var problems: [FileProblems] = []
    /// How many bytes of rejected files' text may be kept for quoting (``ReportCompiler/quotedTextBudget``),
    /// and how many are.
    let quotedTextBudget: Int
    private var quotedBytes = 0
    /// How many rejected files' problems are shown without their source lines, for the budget; the first.
    private(set) var unquotedFiles = 0
    private(set) var firstUnquoted: String?

    /// A run over `files` files: the table of kept years is made big enough for all of them at once (most
    /// files are a CLP's year of their own), so it is never copied while it grows.
    init(decoder: ReportDecoder, roster: Roster?, quotedTextBudget: Int, files: Int) {
        self.decoder = decoder
        self.roster = roster
        self.quotedTextBudget = quotedTextBudget
        kept.reserveCapacity(min(max(0, files), 1 << 24))
    }

    /// Folds in one decoded file; `source` is read again only when the file replaces an earlier report.
    mutating func receive(_ file: DecodedFile, from source: some ReportSource) {
        switch file.content {
        case .unreadable(let error):
            receipts.append(
                Receipt(
                    file: file.path, status: .unreadable, clp: nil, year: nil, editionID: nil, generatedAt: nil,
                    reason: error.reason, codes: []))
        case .rejected(let diagnostics, let text, let report):
            reject(file.path, diagnostics: diagnostics, file: text, report: report)
        case .accepted(let report):
            accept(report, source: source)
        }
    }

    private mutating func reject(_ path: String, diagnostics: [Diagnostic], file: SourceFile?, report: ReceivedReport?)
    {
        let errors = diagnostics.filter { $0.severity == .error }
        let first = errors.first ?? diagnostics.first
        receipts.append(
            Receipt(
                file: path, status: .rejected, clp: report?.clp, year: report?.year, editionID: report?.editionID,
                generatedAt: report?.generatedAt,
                reason: first?.message ?? "not a report", codes: Array(Set(errors.map(\.code))).sorted()))
        let quoted = quotable(file)
        // A file past the budget keeps no text, so its diagnostics carry their lines and columns themselves.
        let kept = quoted == nil ? file.map { file in diagnostics.map { $0.resolvingLocations(in: file) } } : nil
        problems.append(FileProblems(diagnostics: kept ?? diagnostics, source: quoted))
    }

    /// A rejected file's text (already cut by the decoder to the lines its diagnostics quote, see
    /// ``ReportDecoder/Outcome/rejected(_:source:report:)``), while the run's budget lasts; after that `nil`,
    /// and the caller has the diagnostics carry their own lines and columns.
    private mutating func quotable(_ file: SourceFile?) -> SourceFile? {
        guard let file else { return nil }
        guard file.text.utf8.count <= quotedTextBudget - quotedBytes else {
            unquotedFiles += 1
            if firstUnquoted == nil { firstUnquoted = file.path }
            return nil
        }
        quotedBytes += file.text.utf8.count
        return file
    }

    private mutating func accept(_ report: ReceivedReport, source: some ReportSource) {
        let key = CLPYear(clp: clps.number(CLPName.key(report.clp)), year: report.year)
        let entry = Kept(
            receipt: receipts.count, agmDate: report.agmDate ?? "",
            group: groupNumber(GroupKey(edition: report.editionID, year: report.year)),
            point: YearPoint(
                governance: governance.number(report.option(in: "governance")),
                attendanceTenths: YearTally.attendanceTenths(
                    report.feedback?.averageAttendance, members: report.members)))
        receipts.append(
            Receipt(
                file: report.file, status: .counted, clp: report.clp, year: report.year, editionID: report.editionID,
                generatedAt: report.generatedAt, reason: "", codes: []))
        if let roster, roster.entry(for: report.clp) == nil {
            problems.append(FileProblems(diagnostics: [CompileMessages.notOnRoster(report)], source: nil))
        }
        if let earlier = kept[key] {
            guard (entry.agmDate, report.generatedAt) > (earlier.agmDate, generatedAt(earlier)) else {
                supersede(entry.receipt, by: earlier.receipt, why: why(kept: earlier, over: entry))
                return
            }
            withdraw(earlier, source: source)
            supersede(earlier.receipt, by: entry.receipt, why: why(kept: entry, over: earlier))
        }
        kept[key] = entry
        tallies[groups[Int(entry.group)], default: YearTally()].add(report, sign: 1)
    }

    private mutating func groupNumber(_ key: GroupKey) -> Int32 {
        if let number = groupNumbers[key] { return number }
        let number = Int32(clamping: groups.count)
        groupNumbers[key] = number
        groups.append(key)
        return number
    }

    private func generatedAt(_ kept: Kept) -> String { receipts.generatedAt(at: kept.receipt) ?? "" }

    /// Takes the report behind `earlier` back out of its tally, reading it again.
    private mutating func withdraw(_ earlier: Kept, source: some ReportSource) {
        // Each file gives exactly one receipt, in order, so a receipt's index is its file's.
        let path = receipts.file(at: earlier.receipt)
        guard case .success(let bytes) = source.read(at: earlier.receipt),
            case .accepted(let report) = decoder.decode(bytes, path: path)
        else { return }
        tallies[groups[Int(earlier.group)]]?.add(report, sign: -1)
    }

    private mutating func supersede(_ loser: Int, by winner: Int, why: String) {
        let kept = receipts[winner]
        receipts.mark(
            loser, .superseded, reason: "replaced by \(kept.file): \(why)", codes: [CompileCatalogue.superseded.code])
        problems.append(
            FileProblems(diagnostics: [CompileMessages.superseded(receipts[loser], by: kept, why: why)], source: nil))
    }

    /// Why `kept` wins over `other`, in words.
    private func why(kept: Kept, over other: Kept) -> String {
        let (keptTime, otherTime) = (generatedAt(kept), generatedAt(other))
        if kept.agmDate != other.agmDate {
            return "its AGM (\(kept.agmDate.isEmpty ? "not given" : kept.agmDate)) is the later one"
        }
        if keptTime != otherTime { return "the same AGM date, and written later (\(keptTime))" }
        return "the same AGM date and the same generation time, so the file read first is kept"
    }
}
