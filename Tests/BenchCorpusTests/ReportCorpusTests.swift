import BenchCorpus
import Foundation
import JSON
import Rulebook
import Testing

/// The synthetic report set of `clpconf-bench reports`, made from the shipped editions and examples: the same seed
/// gives the same bytes, every report reads back and writes again to the same bytes, and the set has the mix the
/// compile is tested with.
@Suite struct ReportCorpusTests {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository root, three folders above this file's folder.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: root + "/" + path) else {
            throw Unreadable(description: "cannot read \(path)")
        }
        return [UInt8](data)
    }

    static func generator(count: Int, seed: UInt64, pool: Int) throws -> ReportCorpusGenerator {
        var editions: [String: ReportCorpusGenerator.LoadedEdition] = [:]
        for id in ["2012", "2019"] {
            let folder = "menus/" + id
            let names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder + "/sections")
                .filter { $0.hasSuffix(".toml") }.sorted()
            let source = EditionSource(
                folderName: id, edition: .init(path: folder + "/edition.toml", bytes: try read(folder + "/edition.toml")),
                sections: try names.map { .init(path: folder + "/sections/" + $0, bytes: try read(folder + "/sections/" + $0)) })
            let edition = try #require(EditionLoader.load(source).edition)
            editions[id] = .init(edition: edition, digest: EditionDigest.compute(edition))
        }
        let composer = try SelectionsComposer.shipped { String(decoding: try read("examples/" + $0), as: UTF8.self) }
        return ReportCorpusGenerator(
            configuration: .init(count: count, seed: seed, poolYears: pool, version: "0.1.0"), editions: editions,
            composer: composer)
    }

    static func entries(count: Int, seed: UInt64, pool: Int) throws -> [ReportCorpusGenerator.Entry] {
        var entries: [ReportCorpusGenerator.Entry] = []
        try generator(count: count, seed: seed, pool: pool).generate { entries.append($0) }
        return entries
    }

    /// One set shared by the tests: 140 reports, the first 90 or so evaluated and the rest derived.
    static let corpus: Result<[ReportCorpusGenerator.Entry], any Error> = Result {
        try entries(count: 140, seed: 7, pool: 90)
    }

    @Test func sameSeedSameBytes() throws {
        let again = try Self.entries(count: 140, seed: 7, pool: 90)
        let first = try Self.corpus.get()
        #expect(first.map(\.fileName) == again.map(\.fileName))
        #expect(first.map(\.text) == again.map(\.text))
        let other = try Self.entries(count: 20, seed: 8, pool: 10)
        #expect(other.map(\.text) != Array(first.prefix(20)).map(\.text))
    }

    @Test func everyReportReadsBackAndWritesAgainToTheSameBytes() throws {
        for entry in try Self.corpus.get() {
            let text = entry.text
            let parsed = JSONParser.parse(text, path: entry.fileName)
            #expect(parsed.diagnostics.isEmpty, "\(entry.fileName)")
            let document = try #require(parsed.document)
            #expect(try JSONWriter(layout: .indented).write(document.root) + "\n" == text, "\(entry.fileName)")
        }
    }

    @Test func theMixHasWhatTheCompileNeeds() throws {
        let entries = try Self.corpus.get()
        let reports = entries.map(\.report)
        #expect(reports.contains { $0.valid } && reports.contains { !$0.valid })
        #expect(Set(reports.map(\.editionID)) == ["2012", "2019"])
        #expect(Set(reports.compactMap(\.region)).count >= 8)
        #expect(reports.contains { !$0.pending.isEmpty })
        #expect(entries.contains { $0.evaluated } && entries.contains { !$0.evaluated })
        #expect(reports.allSatisfy { $0.feedback?.answers.contains { $0.id == "what_worked" } == true })
        let members = reports.compactMap { report in
            report.facts.first { $0.id == "members" }?.value.flatMap { if case .integer(let n) = $0 { n } else { nil } }
        }
        #expect((members.min() ?? 0) < 500 && (members.max() ?? 0) > 1500)
        // Some CLP changes its governance model from one year to the next, and some CLP changes it back.
        let byCLP = Dictionary(grouping: entries, by: \.clp.name).values.map { $0.sorted { $0.year < $1.year } }
        let models = byCLP.map { $0.map { Self.governance($0.report) } }
        let changes = models.map { zip($0, $0.dropFirst()).filter { $0 != $1 }.count }
        #expect(changes.contains { $0 >= 1 })
        #expect(changes.contains { $0 >= 2 })
        #expect(reports.contains { $0.lastYear?.changes.contains { $0.name == "governance.option" } == true })
    }

    @Test func derivedReportsNameTheirOwnCLPAndFiles() throws {
        for entry in try Self.corpus.get() where !entry.evaluated {
            #expect(entry.report.clpName == entry.clp.name)
            #expect(entry.report.file == entry.clp.slug + "-" + String(entry.year) + ".toml")
            if let last = entry.report.lastYear {
                #expect(last.file.hasPrefix(entry.clp.slug + "-"))
            }
            #expect(
                entry.report.problems.allSatisfy { $0.file == nil || $0.file == entry.report.file || $0.file?.hasPrefix("menus/") == true })
        }
    }

    @Test func namesAreUniqueAndSomeHaveACommaForTheRoster() {
        let names = (0..<30_000).map(SyntheticCLP.name)
        #expect(Set(names).count == names.count)
        #expect(names.contains { $0.contains(",") })
        #expect(SyntheticCLP.slug("Ashcombe, Cliffe and Yarrow North") == "ashcombe-cliffe-and-yarrow-north")
    }

    static func governance(_ report: YearReport) -> String? {
        report.sections.first { $0.id == "governance" }?.options?.first?.id
    }
}
