// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "clpconf",
    products: [
        .executable(name: "clpconf", targets: ["clpconf"]),
        .executable(name: "toml-test-decoder", targets: ["toml-test-decoder"]),
        .executable(name: "json-test-decoder", targets: ["json-test-decoder"]),
        .executable(name: "clpconf-bench", targets: ["clpconf-bench"]),
        .executable(name: "toml-fuzz", targets: ["toml-fuzz"]),
        .executable(name: "json-fuzz", targets: ["json-fuzz"]),
        .executable(name: "csv-fuzz", targets: ["csv-fuzz"]),
        .executable(name: "rules-fuzz", targets: ["rules-fuzz"]),
        .executable(name: "selections-fuzz", targets: ["selections-fuzz"]),
        .executable(name: "edition-fuzz", targets: ["edition-fuzz"]),
        .library(name: "CLPConfCLI", targets: ["CLPConfCLI"]),
    ],
    targets: [
        // Source text, locations, the one diagnostic model and its renderers. Standard library only.
        .target(name: "Diagnostics"),
        // TOML 1.0 reader: text -> TOMLDocument with source ranges.
        .target(name: "TOML", dependencies: ["Diagnostics"]),
        // JSON (RFC 8259) reader and writer: bytes -> JSONDocument with source ranges, and back.
        .target(name: "JSON", dependencies: ["Diagnostics"]),
        // CSV (RFC 4180, and what spreadsheets write) reader and writer: bytes -> CSVDocument with source ranges,
        // and typed cells -> CSV text safe to open in a spreadsheet.
        .target(name: "CSV", dependencies: ["Diagnostics"]),
        // The rule language: lexer, Pratt parser, type checker, evaluator, clause templates.
        .target(name: "RuleLanguage", dependencies: ["Diagnostics", "TOML"]),
        // The engine: menu editions, selections, validation, documents, reports. No file system.
        .target(name: "Rulebook", dependencies: ["Diagnostics", "TOML", "JSON", "CSV", "RuleLanguage"]),
        // The AGM workbench: HTTP/1.1 on loopback sockets, the page's assets and its JSON API over the engine.
        // Touches no file but the one selections file, through what CLPConfCLI hands it.
        .target(name: "Workbench", dependencies: ["Diagnostics", "TOML", "JSON", "RuleLanguage", "Rulebook"]),
        // Commands, argument parsing, terminal output and file I/O.
        .target(
            name: "CLPConfCLI",
            dependencies: ["Diagnostics", "TOML", "JSON", "CSV", "RuleLanguage", "Rulebook", "Workbench"]),
        .executableTarget(name: "clpconf", dependencies: ["CLPConfCLI"]),
        .executableTarget(name: "toml-test-decoder", dependencies: ["TOML", "Diagnostics"]),
        .executableTarget(name: "json-test-decoder", dependencies: ["JSON", "Diagnostics"]),
        .executableTarget(
            name: "clpconf-bench",
            dependencies: ["TOML", "JSON", "CSV", "Diagnostics", "RuleLanguage", "Rulebook", "BenchCorpus"]),
        // The benchmarks' seeded inputs that tests check: the seeded generator and the synthetic report corpus.
        .target(name: "BenchCorpus", dependencies: ["Diagnostics", "TOML", "JSON", "RuleLanguage", "Rulebook"]),
        // libFuzzer entry point for the TOML reader; see docs/reliability.md.
        .executableTarget(name: "toml-fuzz", dependencies: ["TOML"]),
        // libFuzzer entry point for the JSON reader and writer; `.ci/fuzz-json`, docs/reliability.md.
        .executableTarget(name: "json-fuzz", dependencies: ["JSON", "Diagnostics"]),
        // libFuzzer entry point for the CSV reader and writer; `.ci/fuzz-csv`, docs/reliability.md.
        .executableTarget(name: "csv-fuzz", dependencies: ["CSV", "Diagnostics"]),
        // libFuzzer entry point for the rule-language expression and template parsers.
        .executableTarget(name: "rules-fuzz", dependencies: ["RuleLanguage", "Diagnostics"]),
        // libFuzzer entry points for the selections loader (through evaluation and documents) and the edition
        // loader (through lint and the booklet); `.ci/fuzz-loaders`, docs/reliability.md.
        .executableTarget(name: "selections-fuzz", dependencies: ["Rulebook", "Diagnostics", "LoaderFuzzSupport"]),
        .executableTarget(name: "edition-fuzz", dependencies: ["Rulebook", "Diagnostics", "LoaderFuzzSupport"]),
        // What the two loader fuzz targets share: how far an input goes (FuzzDepth) and the edition splitter.
        .target(name: "LoaderFuzzSupport", dependencies: ["Rulebook"]),
        // Helpers shared by the test targets only (inline location markers, a seeded generator, catalogue checks).
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML", "Diagnostics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "Diagnostics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV", "Diagnostics", "TestSupport"]),
        .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage", "Diagnostics", "TOML", "TestSupport"]),
        .testTarget(
            name: "RulebookTests",
            dependencies: ["Rulebook", "RuleLanguage", "Diagnostics", "TOML", "JSON", "CSV", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "BenchCorpusTests", dependencies: ["BenchCorpus", "Rulebook", "JSON", "Diagnostics", "TOML"]),
        .testTarget(
            name: "LoaderFuzzSupportTests", dependencies: ["LoaderFuzzSupport", "Rulebook", "Diagnostics"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["Workbench", "Rulebook", "Diagnostics", "TOML", "JSON", "TestSupport"]),
        .testTarget(
            name: "CLPConfCLITests",
            dependencies: [
                "CLPConfCLI", "Diagnostics", "TOML", "JSON", "CSV", "RuleLanguage", "Rulebook", "TestSupport",
            ],
            exclude: ["Fixtures"]),
    ]
)
