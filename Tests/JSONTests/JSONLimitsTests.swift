import Diagnostics
import JSON
import TestSupport
import Testing

/// Hostile and damaged input: every rejection is a located diagnostic, never a crash, a hang or a stack overflow.
@Suite("Limits and hostile input")
struct JSONLimitsTests {
    @Test("100,000 nested arrays are one J108 at the first bracket past the limit")
    func deepArrays() throws {
        let error = try #require(
            JSONTestSupport.singleError(String(repeating: "[", count: 100_000), code: "J108", at: 512))
        #expect(error.message.contains("512"))
    }

    @Test("100,000 nested objects and a closed deep array are refused the same way")
    func deepObjects() {
        JSONTestSupport.singleError(String(repeating: #"{"a":"#, count: 100_000), code: "J108", at: 512 * 5)
        let closed = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        JSONTestSupport.singleError(closed, code: "J108", at: 512)
    }

    @Test("nesting up to the limit is read, and writes back")
    func nestingAtTheLimit() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        let root = try #require(JSONTestSupport.valid(text))
        #expect(JSONTestSupport.written(root) == text)
    }

    @Test("strings, numbers and files past their limits are J109, located at the start")
    func lengthLimits() throws {
        let limits = JSONLimits(maxStringBytes: 100, maxNumberLength: 10, maxDocumentBytes: 1000)
        let long = "[\"" + String(repeating: "x", count: 101) + "\"]"
        #expect(JSONTestSupport.errors(long, limits: limits).map { $0.location?.range } == [1..<2])
        let escaped = "[\"" + String(repeating: "\\n", count: 51) + "\"]"
        #expect(JSONTestSupport.errors(escaped, limits: limits).map(\.code) == ["J109"])
        let unterminated = "[\"" + String(repeating: "x", count: 500)
        #expect(JSONTestSupport.errors(unterminated, limits: limits).map(\.code) == ["J109"])
        #expect(JSONTestSupport.errors("[12345678901]", limits: limits).map(\.code) == ["J109"])
        let big = "[" + String(repeating: "1,", count: 600) + "1]"
        let error = try #require(JSONTestSupport.errors(big, limits: limits).first)
        #expect(error.code == "J109" && error.location?.range == 1000..<1000)
        #expect(JSONTestSupport.valid("[\"" + String(repeating: "x", count: 100) + "\"]") != nil)
    }

    @Test("after 100 errors the reader reports no more and adds one J111 note")
    func errorCap() {
        let text = "[" + Array(repeating: "\"\\ud800\"", count: 500).joined(separator: ",") + "]"
        let result = JSONTestSupport.parse(text)
        #expect(result.diagnostics.filter { $0.code == "J106" }.count == 100)
        #expect(result.diagnostics.filter { $0.code == "J111" }.count == 1)
        #expect(!result.isValid)
    }

    @Test("every prefix of a document is valid or a located error")
    func truncated() {
        let text =
            #"{"schema": "clpconf.report/1", "items": [{"code": "S101", "line": 12, "ratio": -1.5e-3}, true, null], "é": "\u00e9\ud83c\udf89"}"#
        let bytes = Array(text.utf8)
        for count in 0..<bytes.count {
            let result = JSONTestSupport.parse(bytes: Array(bytes[0..<count]))
            #expect(!result.isValid, "prefix \(count) accepted")
            #expect(result.diagnostics.contains { $0.severity == .error && $0.location != nil }, "prefix \(count)")
        }
        #expect(JSONTestSupport.valid(text) != nil)
    }

    @Test("seeded binary garbage and near-JSON garbage end in located errors", arguments: [1, 2, 3, 4])
    func garbage(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array(#"{}[]:,"\ 0123456789-+.eEtruefalsn"#.utf8) + [0x0A, 0xC3, 0xA9, 0xFF, 0x00]
        for round in 0..<300 {
            let length = Int.random(in: 0..<200, using: &generator)
            let bytes: [UInt8] =
                round % 2 == 0
                ? (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                : (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let result = JSONTestSupport.parse(bytes: bytes)
            if !result.isValid {
                #expect(result.diagnostics.contains { $0.severity == .error && $0.location != nil })
            }
            for diagnostic in result.diagnostics {
                let range = diagnostic.location?.range ?? 0..<0
                #expect(range.lowerBound >= 0 && range.upperBound <= bytes.count)
            }
            _ = JSONTestSupport.render(result)
        }
    }

    @Test("a file of NUL bytes and a 2 MB line of 0xFF are reported without a flood")
    func binaryFiles() {
        #expect(JSONTestSupport.errors(bytes: [UInt8](repeating: 0, count: 10_000)).map(\.code) == ["J101"])
        let result = JSONTestSupport.parse(bytes: [UInt8](repeating: 0xFF, count: 2_000_000))
        #expect(result.diagnostics.count == 101)
        #expect(result.diagnostics.first?.code == "J100")
    }
}
