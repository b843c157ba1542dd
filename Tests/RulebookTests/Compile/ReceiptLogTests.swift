import Diagnostics
import Testing

@testable import Rulebook

/// The compile's compact per-file state: receipts read back as they were appended and marked.
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
}
