import Testing

@testable import TOML

@Suite("UTF8Validator")
struct UTF8ValidatorTests {
    @Test("well-formed text has no problems")
    func wellFormed() {
        #expect(UTF8Validator.problems(in: Array("plain, é, €, 🎉, 𝄞".utf8)).isEmpty)
    }

    @Test(
        "each ill-formed sequence is one problem covering its maximal prefix",
        arguments: [
            ([0x80], [UTF8Validator.Problem(offset: 0, length: 1, byte: 0x80)]),
            ([0xC0, 0x80], [.init(offset: 0, length: 1, byte: 0xC0), .init(offset: 1, length: 1, byte: 0x80)]),
            ([0xE2, 0x82, 0x41], [.init(offset: 0, length: 2, byte: 0xE2)]),
            (
                [0xED, 0xA0, 0x80],
                [
                    .init(offset: 0, length: 1, byte: 0xED), .init(offset: 1, length: 1, byte: 0xA0),
                    .init(offset: 2, length: 1, byte: 0x80),
                ]
            ),
            ([0x41, 0xF4, 0x90], [.init(offset: 1, length: 1, byte: 0xF4), .init(offset: 2, length: 1, byte: 0x90)]),
            ([0xF0, 0x9F, 0x8E], [.init(offset: 0, length: 3, byte: 0xF0)]),
            ([0xFF, 0x41], [.init(offset: 0, length: 1, byte: 0xFF)]),
        ] as [([UInt8], [UTF8Validator.Problem])])
    func illFormed(bytes: [UInt8], expected: [UTF8Validator.Problem]) {
        #expect(UTF8Validator.problems(in: bytes) == expected)
    }
}
