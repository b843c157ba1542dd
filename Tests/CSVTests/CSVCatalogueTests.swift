import CSV
import Diagnostics
import TestSupport
import Testing

@Suite("CSV catalogue and message style")
struct CSVCatalogueTests {
    @Test("codes are declared once, in order, in the CSV domain, with docs")
    func declarations() {
        CatalogueChecks.checkDeclarations(CSVCatalogue.all, domains: [.csv])
        #expect(DiagnosticDomain.csv.prefix == "D")
    }

    /// One mistake of each reader code.
    static let mistakes: [(String, String)] = [
        ("a\n\u{FF}\n", "D100"), ("a\nb\"c\n", "D101"), ("a\n\"b\"c\n", "D102"), ("a\n\"b\n", "D103"),
        ("a,b\n1\n", "D104"), ("a\n" + String(repeating: "x", count: 20) + "\n", "D105"),
    ]

    @Test("messages are lowercase, end without a period, are located and have their code", arguments: mistakes)
    func messageStyle(text: String, code: String) {
        let bytes = text == "a\n\u{FF}\n" ? [0x61, 0x0A, 0xFF, 0x0A] : Array(text.utf8)
        let found = CSVTestSupport.diagnostics(bytes: bytes, limits: CSVLimits(maxFieldBytes: 10))
        #expect(found.map(\.code) == [code])
        for diagnostic in found {
            #expect(diagnostic.message.first?.isUppercase == false, "\(diagnostic.message)")
            #expect(diagnostic.message.last != ".", "\(diagnostic.message)")
        }
    }
}
