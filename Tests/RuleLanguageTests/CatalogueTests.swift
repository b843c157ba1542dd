import Diagnostics
import RuleLanguage
import Testing

/// The code catalogue, the function list and the docs agree with each other and with the sources.
@Suite("Catalogue and docs")
struct CatalogueTests {
    private static let root = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/"))

    private static func read(_ relative: String) throws -> String {
        let bytes = try #require(FileBytes.read(root + "/" + relative), "cannot read \(relative)")
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("codes are unique, well formed and in order")
    func codes() {
        let codes = RuleMessage.catalogue.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes == codes.sorted())
        #expect(codes.allSatisfy { $0.count == 4 && $0.hasPrefix("R") && ["1", "2", "3"].contains($0.dropFirst().prefix(1)) })
    }

    @Test("every code used in RuleMessages.swift is catalogued, and the factories are sorted")
    func messagesFile() throws {
        let text = try Self.read("Sources/RuleLanguage/RuleMessages.swift")
        let used = Set(text.matches(of: /\.init\("(R\d\d\d)"/).map { String($0.output.1) })
        #expect(used == Set(RuleMessage.catalogue.map(\.code)))
        let factories = text.matches(of: /static func (\w+)\(/).map { String($0.output.1) }
        #expect(factories == factories.sorted())
    }

    @Test("the docs describe every code and every function")
    func docs() throws {
        let docs = try Self.read("docs/rule-language.md")
        for entry in RuleMessage.catalogue { #expect(docs.contains("| \(entry.code) |"), "\(entry.code) missing from docs") }
        for function in RuleFunction.all { #expect(docs.contains("`\(function.name)("), "\(function.name) missing from docs") }
    }

    @Test("every function's example checks and evaluates", arguments: RuleFunction.all)
    func examples(function: RuleFunction) throws {
        let evaluation = try evaluate(function.example)
        #expect(evaluation.error == nil, "\(function.example): \(String(describing: evaluation.error))")
    }
}
