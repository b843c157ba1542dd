import BenchCorpus
@preconcurrency import Glibc
import Rulebook

/// `clpconf-bench reports N --write DIR`: writes N seeded report files (`clpconf.report/1`) for the compile to
/// read, made by ``ReportCorpusGenerator`` from the shipped editions and examples, and says how long it took.
struct ReportsBenchmark {
    static let usage =
        "clpconf-bench reports N --write DIR [--seed S] [--years 2012-2023] [--pool P] [--folders region|none]"
        + " [--menus menus] [--examples examples]"

    /// The version the reports name: clpconf's, as `clpconf --version` prints it.
    static let version = "0.1.0"

    let configuration: ReportCorpusGenerator.Configuration
    let directory: String
    let byRegion: Bool
    let menus: String
    let examples: String

    init(arguments: [String]) throws(BenchmarkError) {
        guard let first = arguments.first, let count = Int(first), count >= 0 else {
            throw .usage("the number of reports to write comes first")
        }
        let options = try BenchmarkOptions(
            Array(arguments.dropFirst()),
            allowed: ["--write", "--seed", "--years", "--pool", "--folders", "--menus", "--examples"])
        guard let directory = options.string("--write") else { throw .usage("--write DIR is needed") }
        self.directory = directory
        let years = try Self.years(options.string("--years") ?? "2012-2023")
        configuration = ReportCorpusGenerator.Configuration(
            count: count, seed: try options.number("--seed", default: 42, minimum: 0), years: years,
            poolYears: try options.number("--pool", default: 300, minimum: 1), version: Self.version)
        switch options.string("--folders") ?? "region" {
        case "region": byRegion = true
        case "none": byRegion = false
        case let other: throw .usage("--folders is region or none, not '\(other)'")
        }
        menus = options.string("--menus") ?? "menus"
        examples = options.string("--examples") ?? "examples"
    }

    func run() throws(BenchmarkError) {
        let clock = ContinuousClock()
        let start = clock.now
        var editions: [String: ReportCorpusGenerator.LoadedEdition] = [:]
        for id in ["2012", "2019"] {
            let folder = menus + "/" + id
            // Paths as the CLI shows them, so a problem located in the edition names its file.
            let files = try EditionBenchmark.read(folder).map {
                EditionSource.File(path: folder + "/" + $0.0, bytes: $0.1)
            }
            let shown = EditionSource(
                folderName: id,
                edition: files.first { $0.path.hasSuffix("/edition.toml") } ?? .init(path: "", bytes: []),
                sections: files.filter { $0.path.hasPrefix(folder + "/sections/") })
            guard let edition = EditionLoader.load(shown).edition else { throw .failure("\(folder) does not load") }
            editions[id] = .init(edition: edition, digest: EditionDigest.compute(edition))
        }
        let composer: SelectionsComposer
        do {
            composer = try SelectionsComposer.shipped { name in
                String(decoding: try BenchmarkSupport.readFile(examples + "/" + name), as: UTF8.self)
            }
        } catch { throw .failure("cannot read the examples in \(examples): \(error)") }
        let loaded = clock.now
        _ = mkdir(directory, 0o755)
        var evaluated = 0
        var bytes = 0
        var folders: Set<String> = []
        let generator = ReportCorpusGenerator(configuration: configuration, editions: editions, composer: composer)
        do {
            try generator.generate { entry in
                let folder = byRegion ? directory + "/" + SyntheticCLP.slug(entry.clp.region.name) : directory
                if folders.insert(folder).inserted { _ = mkdir(folder, 0o755) }
                let text = Array(entry.text.utf8)
                try BenchmarkSupport.writeFile(folder + "/" + entry.fileName, text)
                evaluated += entry.evaluated ? 1 : 0
                bytes += text.count
            }
        } catch { throw .failure("\(error)") }
        let done = clock.now
        print(
            "reports: \(configuration.count) written to \(directory) (\(evaluated) evaluated, "
                + "\(configuration.count - evaluated) derived), \(BenchmarkSupport.format(Double(bytes) / 1_000_000)) MB; "
                + "editions and examples loaded in \(Self.milliseconds(loaded - start)) ms, "
                + "reports made and written in \(Self.milliseconds(done - loaded)) ms")
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        return BenchmarkSupport.format(seconds * 1000, digits: 0)
    }

    /// `FROM-TO` (or one year).
    private static func years(_ text: String) throws(BenchmarkError) -> ClosedRange<Int> {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard (1...2).contains(parts.count), let from = parts.first, let to = parts.last, from <= to else {
            throw .usage("--years is FROM-TO, such as 2022-2023, not '\(text)'")
        }
        return from...to
    }
}
