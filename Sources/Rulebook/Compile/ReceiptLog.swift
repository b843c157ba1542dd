/// Every file's ``Receipt``, in the order the files were given, held compactly so that a compile of a million
/// reports keeps about 110 bytes a file rather than a few hundred: the file names and generation times in
/// ``ChunkedBytes``, CLP names and edition ids kept once each, and a reason and codes only for the files
/// that were not counted (a counted file has none).
///
/// Read like an array of receipts; each is put together when it is read.
public struct ReceiptLog: RandomAccessCollection, Sendable {
    /// One receipt's fixed-size part. Its text is `text[start..<fileEnd]` (the file) then
    /// `text[fileEnd..<generatedEnd]` (the generation time), `start` being the previous record's `generatedEnd`.
    struct Record: Sendable {
        var fileEnd: Int
        var generatedEnd: Int
        var year: Int64
        /// Into ``names``, or -1 for none.
        var clp: Int32
        /// Into ``names``, or -1 for none.
        var edition: Int32
        /// Into ``details``, or -1 for a receipt with no reason and no codes.
        var detail: Int32
        var status: Receipt.Status
        var hasYear: Bool
        var hasGeneratedAt: Bool
    }

    /// Why a file was not counted.
    struct Detail: Sendable {
        var reason: String
        var codes: [String]
    }

    private var text = ChunkedBytes()
    private var records = ChunkedArray<Record>()
    private var names = StringPool()
    private var details: [Detail] = []
    private var tally: [Receipt.Status: Int] = [:]

    /// An empty log.
    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> Receipt {
        let record = records[position]
        let start = position == 0 ? 0 : records[position - 1].generatedEnd
        let detail = record.detail >= 0 ? details[Int(record.detail)] : Detail(reason: "", codes: [])
        return Receipt(
            file: string(start..<record.fileEnd), status: record.status, clp: names[record.clp],
            year: record.hasYear ? record.year : nil, editionID: names[record.edition],
            generatedAt: record.hasGeneratedAt ? string(record.fileEnd..<record.generatedEnd) : nil,
            reason: detail.reason, codes: detail.codes)
    }

    /// How many files ended in `status`.
    public func count(_ status: Receipt.Status) -> Int { tally[status, default: 0] }

    /// The file's name in receipt `position`, without putting the rest together.
    public func file(at position: Int) -> String {
        string((position == 0 ? 0 : records[position - 1].generatedEnd)..<records[position].fileEnd)
    }

    /// The generation time in receipt `position`, without putting the rest together.
    public func generatedAt(at position: Int) -> String? {
        let record = records[position]
        return record.hasGeneratedAt ? string(record.fileEnd..<record.generatedEnd) : nil
    }

    /// Adds `receipt` at the end.
    mutating func append(_ receipt: Receipt) {
        text.append(receipt.file)
        let fileEnd = text.count
        if let generatedAt = receipt.generatedAt { text.append(generatedAt) }
        records.append(
            Record(
                fileEnd: fileEnd, generatedEnd: text.count, year: receipt.year ?? 0, clp: names.number(receipt.clp),
                edition: names.number(receipt.editionID), detail: detailNumber(receipt.reason, receipt.codes),
                status: receipt.status, hasYear: receipt.year != nil, hasGeneratedAt: receipt.generatedAt != nil))
        tally[receipt.status, default: 0] += 1
    }

    /// Changes what became of receipt `position`: a counted report replaced by a later one.
    mutating func mark(_ position: Int, _ status: Receipt.Status, reason: String, codes: [String]) {
        tally[records[position].status, default: 0] -= 1
        tally[status, default: 0] += 1
        records[position].status = status
        records[position].detail = detailNumber(reason, codes)
    }

    private mutating func detailNumber(_ reason: String, _ codes: [String]) -> Int32 {
        guard !reason.isEmpty || !codes.isEmpty else { return -1 }
        details.append(Detail(reason: reason, codes: codes))
        return Int32(clamping: details.count - 1)
    }

    private func string(_ range: Range<Int>) -> String { text.string(range) }
}

/// Strings kept once each and named by number: the CLP names and edition ids that thousands of receipts
/// repeat.
struct StringPool: Sendable {
    private var numbers: [String: Int32] = [:]
    private var strings: [String] = []

    /// The number of `string` (added if new), or -1 for `nil`.
    mutating func number(_ string: String?) -> Int32 {
        guard let string else { return -1 }
        if let number = numbers[string] { return number }
        let number = Int32(clamping: strings.count)
        numbers[string] = number
        strings.append(string)
        return number
    }

    /// The string numbered `number`, or `nil` for -1.
    subscript(number: Int32) -> String? {
        number >= 0 && Int(number) < strings.count ? strings[Int(number)] : nil
    }

}
