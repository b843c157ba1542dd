@preconcurrency import Glibc
import JSON

/// `clpconf-bench json`: parse throughput of the JSON reader, optionally paired with Python's `json` module.
///
/// Generates a seeded report-shaped file (see ``JSONCorpusGenerator``), or reads one with `--input`, parses it
/// `--runs` times into a ``JSONTape`` (everything checked and located, nothing built) and prints the median
/// throughput. With `--tree` it also times building the tape into a ``JSONNode`` tree, and `JSONParser.parse`
/// (tape and tree together, which is closer to Python's `json.loads`, since that builds every object). With
/// `--python ROUNDS` it then alternates, ROUNDS times, one median of `--runs` of its own with one median of `--runs` of `python3 -c 'json.loads(...)'` on the same
/// file, and prints each round's ratio and the median ratio, so both sides see the same load on a shared VM.
struct JSONBenchmark {
    static let usage =
        "clpconf-bench json [--size-mb N] [--seed S] [--runs N] [--write FILE] [--input FILE] [--python ROUNDS] "
        + "[--tree]"

    let sizeMB: Double
    let seed: UInt64
    let runs: Int
    let writePath: String?
    let inputPath: String?
    let pythonRounds: Int
    let timesTree: Bool

    init(arguments: [String]) throws(BenchmarkError) {
        let options = try BenchmarkOptions(
            arguments, allowed: ["--size-mb", "--seed", "--runs", "--write", "--input", "--python"], flags: ["--tree"])
        sizeMB = try options.number("--size-mb", default: 10.0, minimum: 0.001)
        seed = try options.number("--seed", default: 42, minimum: 0)
        runs = try options.number("--runs", default: 5, minimum: 1)
        writePath = options.string("--write")
        inputPath = options.string("--input")
        pythonRounds = try options.number("--python", default: 0, minimum: 0)
        timesTree = options.flag("--tree")
        if pythonRounds > 0 && writePath == nil && inputPath == nil {
            throw .usage("--python needs the file on disk: give --write FILE or --input FILE")
        }
    }

    func run() throws(BenchmarkError) {
        let bytes: [UInt8]
        if let inputPath {
            bytes = try BenchmarkSupport.readFile(inputPath)
        } else {
            var generator = JSONCorpusGenerator(seed: seed)
            bytes = generator.generate(bytes: Int(sizeMB * 1_000_000))
        }
        if let writePath {
            try BenchmarkSupport.writeFile(writePath, bytes)
            print("wrote \(writePath) (\(bytes.count) bytes)")
        }
        let check = JSONParser.parseTape(bytes: bytes, path: inputPath ?? "bench.json")
        guard check.isValid, let tape = check.tape else {
            throw .failure("the benchmark input is not valid JSON: \(check.diagnostics.first?.message ?? "")")
        }
        let megabytes = Double(bytes.count) / 1_000_000
        let (wall, cpu) = measure(bytes)
        print(
            "json: \(BenchmarkSupport.format(megabytes, digits: 2)) MB, \(runs) runs, "
                + "median \(BenchmarkSupport.format(wall * 1000, digits: 2)) ms = "
                + "\(BenchmarkSupport.format(megabytes / wall)) MB/s; "
                + "median CPU time \(BenchmarkSupport.format(cpu * 1000, digits: 2)) ms = "
                + "\(BenchmarkSupport.format(megabytes / cpu)) MB/s")
        if timesTree { printTreeTimes(tape, bytes: bytes) }
        guard pythonRounds > 0, let path = inputPath ?? writePath else { return }
        try comparePython(bytes: bytes, path: path, megabytes: megabytes)
    }

    /// The median wall and CPU seconds of `runs` parses into a tape.
    private func measure(_ bytes: [UInt8]) -> (wall: Double, cpu: Double) {
        let timings = BenchmarkSupport.measureTimings(runs: runs) {
            JSONParser.parseTape(bytes: bytes, path: "bench.json")
        }
        return (BenchmarkSupport.median(timings.map(\.wall)), BenchmarkSupport.median(timings.map(\.cpu)))
    }

    /// Prints the median wall time of building the tape into a tree, and of a whole `JSONParser.parse`.
    private func printTreeTimes(_ tape: JSONTape, bytes: [UInt8]) {
        let tree = BenchmarkSupport.median(BenchmarkSupport.measure(runs: runs) { tape.document() })
        let parse = BenchmarkSupport.median(
            BenchmarkSupport.measure(runs: runs) { JSONParser.parse(bytes: bytes, path: "bench.json") })
        print(
            "json tree: tape to JSONNode tree median \(BenchmarkSupport.format(tree * 1000, digits: 2)) ms; "
                + "JSONParser.parse (tape and tree) median \(BenchmarkSupport.format(parse * 1000, digits: 2)) ms")
    }

    /// Alternates our median with Python's, round by round, and prints the ratios.
    private func comparePython(bytes: [UInt8], path: String, megabytes: Double) throws(BenchmarkError) {
        var ratios: [Double] = []
        for round in 1...pythonRounds {
            let ours = measure(bytes).wall
            let python = try pythonMedian(path: path)
            ratios.append(python / ours)
            print(
                "round \(round): clpconf \(BenchmarkSupport.format(ours * 1000, digits: 1)) ms "
                    + "(\(BenchmarkSupport.format(megabytes / ours)) MB/s), python json "
                    + "\(BenchmarkSupport.format(python * 1000, digits: 1)) ms "
                    + "(\(BenchmarkSupport.format(megabytes / python)) MB/s): "
                    + "\(BenchmarkSupport.format(python / ours, digits: 2))x")
        }
        print(
            "median ratio over \(pythonRounds) rounds: \(BenchmarkSupport.format(BenchmarkSupport.median(ratios), digits: 2))x"
        )
    }

    /// The median seconds of `runs` `json.loads` of the file in one python3 process (bytes read beforehand,
    /// the result freed after the clock stops, as for our side).
    private func pythonMedian(path: String) throws(BenchmarkError) -> Double {
        let script = """
            import json, sys, time, statistics
            d = open(sys.argv[1], "rb").read()
            walls = []
            for _ in range(\(runs)):
                t = time.perf_counter(); r = json.loads(d); walls.append(time.perf_counter() - t); del r
            print(statistics.median(walls))
            """
        let quotedPath = "'" + path.replacing("'", with: "'\\''") + "'"
        guard let pipe = popen("python3 -c '\(script.replacing("'", with: "'\\''"))' \(quotedPath)", "r") else {
            throw .failure("cannot run python3")
        }
        var output = ""
        var buffer = [CChar](repeating: 0, count: 256)
        while fgets(&buffer, Int32(buffer.count), pipe) != nil {
            output += String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let status = pclose(pipe)
        guard status == 0, let seconds = Double(output.filter { !$0.isWhitespace }), seconds > 0 else {
            throw .failure("python3 failed (status \(status)): \(output)")
        }
        return seconds
    }
}
