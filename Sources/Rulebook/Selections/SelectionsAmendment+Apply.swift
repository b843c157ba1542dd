import Diagnostics
import TOML

/// Applying amendments to a parsed selections file: one pass over the sections they name, with the values
/// located in a supplement of the document that holds the `--set` arguments, one a line.
extension SelectionsAmendment {
    /// The path amended values are located under, as diagnostics show it.
    public static let sourcePath = "--set"

    /// `document` with `amendments` applied in order (a later one wins on the same key): an existing value is
    /// replaced where it is, a missing key is added to its section, a missing section is added to the file.
    ///
    /// Each section is copied once however many amendments it has, so the cost is linear in the document and
    /// the arguments. The result's ``TOMLDocument/supplement`` holds the arguments, so what came from them is
    /// located there, and everything else keeps its place in the file.
    public static func apply(_ amendments: [SelectionsAmendment], to document: TOMLDocument) -> Result<
        TOMLDocument, AmendmentError
    > {
        let layout = AmendmentLayout(amendments, after: document.source)
        var order: [String] = []
        var bySection: [String: [Int]] = [:]
        for (index, amendment) in amendments.enumerated() {
            if bySection[amendment.section] == nil { order.append(amendment.section) }
            bySection[amendment.section, default: []].append(index)
        }
        var root = document.root
        for section in order {
            let indices = bySection[section] ?? []
            guard let first = indices.first else { continue }
            let existing = root.entry(section)
            let newRange = amendments[first].sectionRange.moved(by: layout.offset(of: first))
            var table = TOMLTable()
            if let existing {
                guard let found = existing.value.table else {
                    let amendment = amendments[first]
                    return .failure(
                        AmendmentError(
                            "\(amendment.shownArgument): '\(section)' in the file is not a table, so "
                                + "'\(section).\(amendment.key)' cannot be set"))
                }
                table = found
            }
            for index in indices {
                let amendment = amendments[index]
                let delta = layout.offset(of: index)
                table.set(
                    TOMLTable.Entry(
                        key: amendment.key, keyRange: amendment.keyRange.moved(by: delta),
                        value: amendment.value.moved(by: delta)))
            }
            root.set(
                TOMLTable.Entry(
                    key: section, keyRange: existing?.keyRange ?? newRange,
                    value: TOMLValue(.table(table), range: existing?.value.range ?? newRange)))
        }
        return .success(TOMLDocument(root: root, source: document.source, supplement: layout.supplement))
    }

    /// `diagnostics` with each one located in an amended value saying so first: "in --set a.b=1: ...".
    static func attribute(_ diagnostics: [Diagnostic], to amendments: [SelectionsAmendment]) -> [Diagnostic] {
        guard !amendments.isEmpty else { return diagnostics }
        let starts = AmendmentLayout.starts(of: amendments)
        return diagnostics.map { diagnostic in
            guard let location = diagnostic.location, location.file == sourcePath else { return diagnostic }
            let index = AmendmentLayout.index(containing: location.range.lowerBound, starts: starts)
            var copy = diagnostic
            copy.message = "in --set \(amendments[index].shownArgument): " + diagnostic.message
            return copy
        }
    }
}

/// Where each `--set` argument sits in the supplement: the arguments one a line, placed past the end of the
/// file so that their offsets cannot be mistaken for the file's.
struct AmendmentLayout {
    let supplement: TOMLDocument.Supplement
    let starts: [Int]

    init(_ amendments: [SelectionsAmendment], after file: SourceFile) {
        starts = Self.starts(of: amendments)
        let text = amendments.map(\.argument).joined(separator: "\n") + "\n"
        supplement = TOMLDocument.Supplement(
            source: SourceFile(path: SelectionsAmendment.sourcePath, text: text), base: file.text.utf8.count + 1)
    }

    /// What to add to an offset in amendment `index`'s argument to place it in the document.
    func offset(of index: Int) -> Int { supplement.base + starts[index] }

    /// The offset in the supplement's text where each argument starts.
    static func starts(of amendments: [SelectionsAmendment]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(amendments.count)
        var next = 0
        for amendment in amendments {
            starts.append(next)
            next += amendment.argument.utf8.count + 1
        }
        return starts
    }

    /// The argument holding supplement offset `offset` (by binary search over `starts`, which is not empty).
    static func index(containing offset: Int, starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension Range<Int> {
    func moved(by delta: Int) -> Range<Int> { (lowerBound + delta)..<(upperBound + delta) }
}
