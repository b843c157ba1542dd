import Diagnostics
import Testing

@testable import Rulebook

/// The compile's compact per-file state: receipts read back as they were appended and marked, and a rejected
/// file's text cut to what its diagnostics quote.
@Suite struct ReceiptLogTests {
    static let receipts = [
        Receipt(
            file: "north/a.json", status: .counted, clp: "Eastbrook", year: 2023, editionID: "2019",
            generatedAt: "2026-12-01T12:00:00Z", reason: "", codes: []),
        Receipt(
            file: "b.json", status: .unreadable, clp: nil, year: nil, editionID: nil, generatedAt: nil,
            reason: "permission denied", codes: []),
        Receipt(
            file: "", status: .rejected, clp: "Eastbrook", year: -9_223_372_036_854_775_808, editionID: "2012",
            generatedAt: "", reason: "the digest differs", codes: ["P104", "P102"]),
        Receipt(
            file: "ünïcode/<script>.json", status: .counted, clp: "Westfield & Sons", year: 2024, editionID: "2019",
            generatedAt: "2026-12-02T08:00:00Z", reason: "", codes: []),
    ]

    @Test func receiptsReadBackAsAppended() {
        var log = ReceiptLog()
        for receipt in Self.receipts { log.append(receipt) }
        #expect(Array(log) == Self.receipts)
        #expect(log.count == 4)
        #expect(log.count(.counted) == 2 && log.count(.rejected) == 1 && log.count(.superseded) == 0)
        #expect(log.file(at: 3) == "ünïcode/<script>.json")
        #expect(log.generatedAt(at: 1) == nil && log.generatedAt(at: 2) == "")
    }

    @Test func markingChangesOneReceiptAndTheCounts() {
        var log = ReceiptLog()
        for receipt in Self.receipts { log.append(receipt) }
        log.mark(0, .superseded, reason: "replaced by c.json", codes: ["P105"])
        var expected = Self.receipts
        expected[0].status = .superseded
        expected[0].reason = "replaced by c.json"
        expected[0].codes = ["P105"]
        #expect(Array(log) == expected)
        #expect(log.count(.counted) == 1 && log.count(.superseded) == 1)
    }

    static let text = "line one\nline two is here\nline three\nline four\n"

    func diagnostic(at range: Range<Int>, file: String = "r.json", note: Range<Int>? = nil) -> Diagnostic {
        Diagnostic(
            code: "P102", severity: .error, message: "m", location: SourceSpan(file: file, range: range),
            notes: note.map { [Note("n", at: SourceSpan(file: file, range: $0))] } ?? [])
    }

    @Test func quotedTextEndsAfterTheLastLineQuoted() {
        let file = SourceFile(path: "r.json", text: Self.text)
        // Offset 14 is inside "line two"; the note reaches into "line three".
        let cut = QuotedText.prefix(of: file, quotedBy: [diagnostic(at: 14..<16, note: 27..<29)])
        #expect(cut.text == "line one\nline two is here\nline three\n")
        let whole = SourceLocationConverter(text: Self.text)
        let kept = SourceLocationConverter(text: cut.text)
        for offset in [0, 14, 27, 29] { #expect(kept.location(of: offset) == whole.location(of: offset)) }
    }

    @Test func quotedTextIsEmptyWhenNothingPointsIntoTheFileAndWholePastItsEnd() {
        let file = SourceFile(path: "r.json", text: Self.text)
        #expect(QuotedText.prefix(of: file, quotedBy: [diagnostic(at: 0..<3, file: "other.json")]).text.isEmpty)
        #expect(QuotedText.prefix(of: file, quotedBy: []).text.isEmpty)
        #expect(QuotedText.prefix(of: file, quotedBy: [diagnostic(at: 40..<400)]).text == Self.text)
        #expect(QuotedText.prefix(of: file, quotedBy: [diagnostic(at: 0..<0)]).text == "line one\n")
        // A span that starts on line one and reaches further (a missing member's whole object) is shown on line
        // one: that is all it keeps.
        #expect(QuotedText.prefix(of: file, quotedBy: [diagnostic(at: 0..<40)]).text == "line one\n")
    }
}
