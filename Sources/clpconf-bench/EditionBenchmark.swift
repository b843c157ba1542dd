import Diagnostics
@preconcurrency import Glibc
import Rulebook
import TOML

/// `clpconf-bench edition`: time to load and type-check an edition folder (shipped or synthetic), then to
/// validate its example and to run the fix search on a broken copy.
struct EditionBenchmark {
    static let usage = "clpconf-bench edition [--dir menus/2019 | --synthetic N] [--runs R] [--write DIR] [--seed S]"

    let directory: String?
    let synthetic: Int
    let runs: Int
    let write: String?
    let seed: UInt64

    init(arguments: [String]) throws(BenchmarkError) {
        let options = try BenchmarkOptions(arguments, allowed: ["--dir", "--synthetic", "--runs", "--write", "--seed"])
        directory = options.string("--dir")
        synthetic = try options.number("--synthetic", default: 2000, minimum: 1)
        runs = try options.number("--runs", default: 20, minimum: 1)
        write = options.string("--write")
        seed = try options.number("--seed", default: 42, minimum: 0)
    }

    func run() throws(BenchmarkError) {
        let files: [(String, [UInt8])]
        let label: String
        if let directory {
            files = try Self.read(directory)
            label = directory
        } else {
            let generated = SyntheticEdition(options: synthetic, seed: seed).files()
            files = generated.map { ($0.0, Array($0.1.utf8)) }
            label = "synthetic edition, \(synthetic) options"
            if let write {
                for (path, bytes) in files {
                    if path.hasPrefix("sections/") {
                        _ = mkdir(write + "/sections", 0o755)
                    } else {
                        _ = mkdir(write, 0o755)
                    }
                    try BenchmarkSupport.writeFile(write + "/" + path, bytes)
                }
                print("wrote \(files.count) files to \(write)")
            }
        }
        let source = Self.source(
            files, folder: directory.map { String($0.split(separator: "/").last ?? "") } ?? "synthetic")
        let first = EditionLoader.load(source)
        guard let edition = first.edition else {
            throw .failure(
                "the edition does not load: \(first.diagnostics.filter { $0.severity == .error }.count) errors")
        }
        let bytes = files.reduce(0) { $0 + $1.1.count }
        let load = BenchmarkSupport.measure(runs: runs) { EditionLoader.load(source).edition != nil }
        print(
            "\(label): \(edition.sections.count) sections, \(edition.sections.reduce(0) { $0 + $1.options.count }) options, \(bytes / 1024) KiB"
        )
        print(
            "  load + type-check: median \(BenchmarkSupport.format(BenchmarkSupport.median(load) * 1000, digits: 2)) ms over \(runs) runs"
        )
        try measureChecks(edition: edition, files: files)
    }

    private func measureChecks(edition: Edition, files: [(String, [UInt8])]) throws(BenchmarkError) {
        for name in ["example.toml", "invalid.toml"] {
            guard let bytes = files.first(where: { $0.0 == name })?.1 else { continue }
            let document = TOMLParser.parse(bytes: bytes, path: name).document
            guard let selections = SelectionsLoader.load(document, edition: edition).0 else { continue }
            let validator = Validator(edition: edition)
            let check = BenchmarkSupport.measure(runs: runs) { validator.validate(selections).isValid }
            print(
                "  validate \(name): median \(BenchmarkSupport.format(BenchmarkSupport.median(check) * 1000, digits: 2)) ms"
            )
            if !validator.validate(selections).isValid {
                let search = BenchmarkSupport.measure(runs: max(3, runs / 4)) {
                    FixSearch(edition: edition).search(selections).fixes.count
                }
                print(
                    "  fix search \(name): median \(BenchmarkSupport.format(BenchmarkSupport.median(search) * 1000, digits: 2)) ms"
                )
            }
        }
    }

    static func source(_ files: [(String, [UInt8])], folder: String) -> EditionSource {
        let edition =
            files.first { $0.0 == "edition.toml" }.map { EditionSource.File(path: $0.0, bytes: $0.1) }
            ?? EditionSource.File(path: "edition.toml", bytes: [])
        let sections = files.filter { $0.0.hasPrefix("sections/") }.map { EditionSource.File(path: $0.0, bytes: $0.1) }
        let example = files.first { $0.0 == "example.toml" }.map { EditionSource.File(path: $0.0, bytes: $0.1) }
        return EditionSource(folderName: folder, edition: edition, sections: sections, example: example)
    }

    static func read(_ directory: String) throws(BenchmarkError) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = [("edition.toml", try BenchmarkSupport.readFile(directory + "/edition.toml"))]
        for name in ["example.toml", "invalid.toml"] {
            if let bytes = try? BenchmarkSupport.readFile(directory + "/" + name) { files.append((name, bytes)) }
        }
        guard let handle = opendir(directory + "/sections") else { throw .failure("cannot open \(directory)/sections") }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".toml") { names.append(name) }
        }
        for name in names.sorted() {
            files.append(("sections/" + name, try BenchmarkSupport.readFile(directory + "/sections/" + name)))
        }
        return files
    }
}
