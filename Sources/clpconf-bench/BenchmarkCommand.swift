@preconcurrency import Glibc

/// A benchmark subcommand: its name, a one-line summary, and what runs it (returning an exit status).
struct BenchmarkCommand: Sendable {
    let name: String
    let summary: String
    let usage: String
    let run: @Sendable ([String]) throws(BenchmarkError) -> Void

    /// Every benchmark, in the order `--help` lists them.
    static let all: [BenchmarkCommand] = [
        BenchmarkCommand(
            name: "toml",
            summary: "parse throughput of the TOML reader on a seeded synthetic file",
            usage: TOMLBenchmark.usage,
            run: { arguments throws(BenchmarkError) in try TOMLBenchmark(arguments: arguments).run() }),
        BenchmarkCommand(
            name: "json",
            summary: "parse throughput of the JSON reader on a seeded report-shaped file, paired with python3's json",
            usage: JSONBenchmark.usage,
            run: { arguments throws(BenchmarkError) in try JSONBenchmark(arguments: arguments).run() }),
        BenchmarkCommand(
            name: "edition",
            summary: "load + type-check an edition (shipped or synthetic), validate its example, search fixes",
            usage: EditionBenchmark.usage,
            run: { arguments throws(BenchmarkError) in try EditionBenchmark(arguments: arguments).run() }),
        BenchmarkCommand(
            name: "reports",
            summary: "write N seeded report files (clpconf.report/1) made by the engine, for the compile",
            usage: ReportsBenchmark.usage,
            run: { arguments throws(BenchmarkError) in try ReportsBenchmark(arguments: arguments).run() }),
    ]

    /// Runs the subcommand named by the first argument; 0 on success, 1 on failure, 2 on bad usage.
    static func main(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first, name != "--help", name != "-h" else {
            print(help)
            return arguments.isEmpty ? 2 : 0
        }
        guard let command = all.first(where: { $0.name == name }) else {
            fputs("error: unknown benchmark '\(name)'\n\(help)\n", stderr)
            return 2
        }
        do {
            try command.run(Array(arguments.dropFirst()))
            return 0
        } catch {
            fputs("error: \(error.message)\n", stderr)
            if error.isUsage { fputs("usage: \(command.usage)\n", stderr) }
            return error.isUsage ? 2 : 1
        }
    }

    static var help: String {
        var text = "usage: clpconf-bench <benchmark> [options]\n\nbenchmarks:\n"
        for command in all {
            text += "  \(command.name)  \(command.summary)\n      \(command.usage)\n"
        }
        return text
    }
}

/// Why a benchmark could not run.
struct BenchmarkError: Error {
    let message: String
    /// A mistake in the command line (exit status 2) rather than a failure while running (1).
    let isUsage: Bool

    static func usage(_ message: String) -> BenchmarkError { BenchmarkError(message: message, isUsage: true) }
    static func failure(_ message: String) -> BenchmarkError { BenchmarkError(message: message, isUsage: false) }
}

/// `--name value` options shared by the benchmarks.
struct BenchmarkOptions {
    private var values: [String: String] = [:]
    private var givenFlags: Set<String> = []

    /// Options in `allowed` take a value; those in `flags` take none.
    init(_ arguments: [String], allowed: Set<String>, flags: Set<String> = []) throws(BenchmarkError) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            if flags.contains(name) {
                givenFlags.insert(name)
                index += 1
                continue
            }
            guard allowed.contains(name) else { throw .usage("unknown option '\(name)'") }
            guard index + 1 < arguments.count else { throw .usage("option '\(name)' needs a value") }
            values[name] = arguments[index + 1]
            index += 2
        }
    }

    func string(_ name: String) -> String? { values[name] }

    func flag(_ name: String) -> Bool { givenFlags.contains(name) }

    func number<T: LosslessStringConvertible & Comparable>(_ name: String, default value: T, minimum: T)
        throws(BenchmarkError)
        -> T
    {
        guard let text = values[name] else { return value }
        guard let parsed = T(text), parsed >= minimum else {
            throw .usage("'\(text)' is not a valid value for \(name)")
        }
        return parsed
    }
}
