import Diagnostics
import JSON
import TestSupport
import Testing

@Suite("Catalogue and message style")
struct JSONCatalogueTests {
    @Test("codes are declared once, in order, in the JSON domain, with docs")
    func declarations() {
        CatalogueChecks.checkDeclarations(JSONCatalogue.all, domains: [.json])
    }

    /// One mistake of each reader code.
    static let mistakes: [(String, String)] = [
        ("[\"\u{FF}\"]", "J100"), ("[1 2]", "J101"), ("[\"a", "J102"), (#"["\q"]"#, "J103"), ("[\"\t\"]", "J104"),
        ("[01]", "J105"), (#"["\udfff"]"#, "J106"), (#"{"a":1,"a":2}"#, "J107"),
        (String(repeating: "[", count: 600), "J108"), ("[" + String(repeating: "1", count: 1001) + "]", "J109"),
        ("[] []", "J110"),
    ]

    @Test("messages are lowercase, end without a period, are located and have their code", arguments: mistakes)
    func messageStyle(text: String, code: String) {
        let bytes = text == "[\"\u{FF}\"]" ? [0x5B, 0x22, 0xFF, 0x22, 0x5D] : Array(text.utf8)
        let errors = JSONTestSupport.errors(bytes: bytes)
        #expect(errors.map(\.code) == [code])
        for diagnostic in errors {
            #expect(diagnostic.message.first?.isUppercase == false, "\(diagnostic.message)")
            #expect(diagnostic.message.last != ".", "\(diagnostic.message)")
        }
    }
}
