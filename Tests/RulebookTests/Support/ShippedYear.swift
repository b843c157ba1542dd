import Diagnostics
import Foundation
import Rulebook

/// A shipped example evaluated against its shipped edition, optionally with its text changed first: the
/// way the engine's tests get a real CLP's year without the CLI.
enum ShippedYear {
    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String { "cannot find \(what)" }
    }

    /// The shipped editions, loaded once for every test.
    static let editions: [String: Edition] = {
        var loaded: [String: Edition] = [:]
        for id in ["2012", "2019"] {
            if let source = try? ShippedEditionTests.source(id), let edition = EditionLoader.load(source).edition {
                loaded[id] = edition
            }
        }
        return loaded
    }()

    /// The text of `examples/<name>`.
    static func text(_ name: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: ShippedEditionTests.root + "/examples/" + name) else {
            throw Missing(what: "examples/" + name)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of `menus/<edition>/example.toml`.
    static func exampleText(edition: String) throws -> String {
        let path = "/menus/" + edition + "/example.toml"
        guard let data = FileManager.default.contents(atPath: ShippedEditionTests.root + path) else {
            throw Missing(what: path)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `text` evaluated against the edition it names.
    static func evaluate(_ text: String, path: String = "year.toml", searchesFixes: Bool = false) throws -> YearEvaluation {
        let selections = SelectionsText(bytes: Array(text.utf8), path: path)
        guard let id = selections.editionReference?.id, let edition = editions[id] else {
            throw Missing(what: "the edition named in \(path)")
        }
        var evaluator = YearEvaluator(edition: edition, searchesFixes: searchesFixes)
        // The budget of evaluations, not the clock, ends the fix search, so results hold on a loaded machine.
        evaluator.fixSearchTimeLimit = .seconds(60)
        return try evaluator.evaluate(selections)
    }

    /// `examples/<name>` evaluated, after replacing each `(old, new)` pair in its text (each must occur).
    static func example(_ name: String, replacing replacements: [(String, String)] = []) throws -> YearEvaluation {
        var text = try text(name)
        for (old, new) in replacements {
            guard text.contains(old) else { throw Missing(what: "'\(old)' in examples/\(name)") }
            text = text.replacing(old, with: new, maxReplacements: 1)
        }
        return try evaluate(text, path: "examples/" + name)
    }
}
