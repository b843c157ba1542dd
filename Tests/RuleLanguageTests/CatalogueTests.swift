import Diagnostics
import RuleLanguage
import TestSupport
import Testing

/// The code catalogue, the function list and the docs agree with each other and with the sources.
@Suite("Catalogue and docs")
struct CatalogueTests {
    private static let root = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/"))

    private static func read(_ relative: String) throws -> String {
        let bytes = try #require(FileBytes.read(root + "/" + relative), "cannot read \(relative)")
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("codes are declared once, well formed and in order")
    func codes() {
        CatalogueChecks.checkDeclarations(RuleCatalogue.all, domains: [.rules])
        #expect(RuleCatalogue.all.allSatisfy { ["1", "2", "3"].contains($0.code.dropFirst().prefix(1)) })
    }

    @Test("every declared entry is used by a factory, and the factories are sorted")
    func messagesFile() throws {
        let catalogue = try Self.read("Sources/RuleLanguage/RuleCatalogue.swift")
        let declared = Set(catalogue.matches(of: /static let (\w+) = MessageDescriptor\(/).map { String($0.output.1) })
        #expect(declared.count == RuleCatalogue.all.count)
        let text = try Self.read("Sources/RuleLanguage/RuleMessages.swift")
        let used = Set(text.matches(of: /RuleCatalogue\.(\w+)/).map { String($0.output.1) })
        #expect(used == declared)
        let factories = text.matches(of: /static func (\w+)\(/).map { String($0.output.1) }
        #expect(factories == factories.sorted())
    }

    @Test("a message takes its code and severity from its declaration")
    func messageFromDeclaration() throws {
        let (_, problems) = RuleParser.parse(RuleSource(text: "1 < 2 < 3"))
        let problem = try #require(problems.first)
        #expect(problem.code == "R113")
        #expect(problem.severity == RuleCatalogue.all.first { $0.code == "R113" }?.severity)
    }

    @Test("the docs describe every code and every function")
    func docs() throws {
        let docs = try Self.read("docs/rule-language.md")
        for entry in RuleCatalogue.all { #expect(docs.contains("| \(entry.code) |"), "\(entry.code) missing from docs") }
        for function in RuleFunction.all { #expect(docs.contains("`\(function.name)("), "\(function.name) missing from docs") }
    }

    @Test("every function's example checks and evaluates", arguments: RuleFunction.all)
    func examples(function: RuleFunction) throws {
        let evaluation = try evaluate(function.example)
        #expect(evaluation.error == nil, "\(function.example): \(String(describing: evaluation.error))")
    }
}
