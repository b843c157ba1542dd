import Rulebook

/// Reports made by the engine from the shipped examples (optionally changed first), for the compile's tests.
enum CompileFixtures {
    static let generator = YearReport.Generator(version: "test", generatedAt: "2026-12-01T12:00:00Z")

    /// Every shipped edition's published digest, as the compile gets it.
    static let digests: [String: String] = ShippedYear.editions.mapValues { EditionDigest.compute($0).hex }

    static var editions: [Edition] { ShippedYear.editions.values.sorted { $0.id < $1.id } }

    /// The report JSON for `examples/<name>`, after the replacements, generated at `generatedAt`.
    static func report(
        _ name: String, replacing replacements: [(String, String)] = [], generatedAt: String = "2026-12-01T12:00:00Z"
    ) throws -> [UInt8] {
        let year = try ShippedYear.example(name, replacing: replacements)
        let report = YearReport(year, generator: YearReport.Generator(version: "test", generatedAt: generatedAt))
        return Array(report.jsonText().utf8)
    }

    static func compile(_ files: [(String, [UInt8])], roster: Roster? = nil) -> CompileResult {
        ReportCompiler(editions: editions, digests: digests, roster: roster)
            .compile(InMemoryReports(files.map { (path: $0.0, bytes: $0.1) }))
    }
}
