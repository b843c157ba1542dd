import Diagnostics
import TOML

/// `clpconf-bench toml`: parse throughput of the TOML reader.
///
/// Generates a seeded file shaped like clpconf's menus and selections (see ``TOMLCorpusGenerator``), or reads
/// one with `--input`, parses it `--runs` times and prints the median throughput.
struct TOMLBenchmark {
    static let usage = "clpconf-bench toml [--size-mb N] [--seed S] [--runs N] [--write FILE] [--input FILE]"

    let sizeMB: Double
    let seed: UInt64
    let runs: Int
    let writePath: String?
    let inputPath: String?

    init(arguments: [String]) throws(BenchmarkError) {
        let options = try BenchmarkOptions(
            arguments, allowed: ["--size-mb", "--seed", "--runs", "--write", "--input"])
        sizeMB = try options.number("--size-mb", default: 10.0, minimum: 0.001)
        seed = try options.number("--seed", default: 42, minimum: 0)
        runs = try options.number("--runs", default: 5, minimum: 1)
        writePath = options.string("--write")
        inputPath = options.string("--input")
    }

    func run() throws(BenchmarkError) {
        let bytes: [UInt8]
        if let inputPath {
            bytes = try BenchmarkSupport.readFile(inputPath)
        } else {
            var generator = TOMLCorpusGenerator(seed: seed)
            bytes = generator.generate(bytes: Int(sizeMB * 1_000_000))
        }
        if let writePath {
            try BenchmarkSupport.writeFile(writePath, bytes)
            print("wrote \(writePath) (\(bytes.count) bytes)")
        }
        let check = TOMLParser.parse(bytes: bytes, path: inputPath ?? "bench.toml")
        guard check.isValid else {
            let renderer = TextDiagnosticRenderer(sources: SourceStore([check.document.source]))
            throw .failure(
                "the benchmark input is not valid TOML:\n" + renderer.render(Array(check.diagnostics.prefix(5))))
        }
        let timings = BenchmarkSupport.measureTimings(runs: runs) { TOMLParser.parse(bytes: bytes, path: "bench.toml") }
        let megabytes = Double(bytes.count) / 1_000_000
        let wall = BenchmarkSupport.median(timings.map(\.wall))
        let cpu = BenchmarkSupport.median(timings.map(\.cpu))
        let rates = timings.map { megabytes / $0.wall }.sorted()
        print(
            "toml: \(BenchmarkSupport.format(megabytes, digits: 2)) MB, \(runs) runs, "
                + "median \(BenchmarkSupport.format(wall * 1000, digits: 2)) ms = "
                + "\(BenchmarkSupport.format(megabytes / wall)) MB/s "
                + "(range \(BenchmarkSupport.format(rates.first ?? 0))-\(BenchmarkSupport.format(rates.last ?? 0)) MB/s); "
                + "median CPU time \(BenchmarkSupport.format(cpu * 1000, digits: 2)) ms = "
                + "\(BenchmarkSupport.format(megabytes / cpu)) MB/s")
    }
}
