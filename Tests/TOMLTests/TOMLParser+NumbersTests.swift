import TOML
import Testing

@Suite("Numbers: integers and floats")
struct TOMLParserNumbersTests {
    @Test(
        "integers in every base",
        arguments: [
            ("0", 0), ("+17", 17), ("-17", -17), ("1_000_000", 1_000_000), ("0xDEAD_beef", 0xDEAD_BEEF),
            ("0o755", 0o755), ("0b1010_1010", 0b1010_1010), ("-0", 0), ("0x0", 0),
            ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
            ("0x7FFFFFFFFFFFFFFF", Int64.max),
        ] as [(String, Int64)])
    func integers(text: String, expected: Int64) {
        #expect(TOMLTestSupport.valid("n = \(text)\n")["n"]?.integer == expected)
    }

    @Test(
        "floats, including exponents and the special values",
        arguments: [
            ("3.14", 3.14), ("-0.5", -0.5), ("+1e3", 1000), ("6.02E23", 6.02e23), ("1e-2", 0.01),
            ("2_500.000_1", 2500.0001), ("5e+2_2", 5e22), ("0e0", 0), ("0.0", 0), ("inf", .infinity),
            ("+inf", .infinity), ("-inf", -.infinity), ("1e400", .infinity),
        ] as [(String, Double)])
    func floats(text: String, expected: Double) {
        let value = TOMLTestSupport.valid("x = \(text)\n")["x"]
        #expect(value?.typeName == "float")
        if case .float(let number) = value?.kind { #expect(number == expected) }
    }

    @Test("nan with or without a sign")
    func notANumber() {
        for text in ["nan", "+nan", "-nan"] {
            if case .float(let number) = TOMLTestSupport.valid("x = \(text)\n")["x"]?.kind {
                #expect(number.isNaN)
            } else {
                Issue.record("\(text) is not a float")
            }
        }
    }

    @Test(
        "malformed numbers say what is wrong",
        arguments: [
            ("012", "leading zeros are not allowed"), ("-01", "leading zeros are not allowed"),
            ("1__000", "an underscore must sit between two digits"),
            ("_1", nil), ("1_", "an underscore must sit between two digits"),
            ("0x", "expected a digit after the hexadecimal prefix"), ("0o18", "'8' is not an octal digit"),
            ("0o8", "expected a digit after the octal prefix"),
            ("+0x10", "a sign is not allowed on hexadecimal, octal or binary integers"),
            ("1.", "expected a digit after '.'"), ("1e", "expected a digit after the exponent 'e'"),
            ("1.e5", "expected a digit after '.'"), ("1_.5", "an underscore must sit between two digits"),
            ("0X1F", "unexpected 'X'"), ("1.2.3", "unexpected '.'"), ("+", "expected a digit after the sign"),
        ] as [(String, String?)])
    func malformed(text: String, reason: String?) {
        let errors = TOMLTestSupport.errors("n = \(text)\n")
        #expect(errors.count == 1)
        #expect(errors.first?.location?.range.lowerBound == 4)
        if let reason {
            #expect(errors.first?.code == "T105")
            #expect(errors.first?.message == "invalid number '\(text)': \(reason)")
        }
    }

    @Test(
        "integers that do not fit in 64 bits are errors, not traps",
        arguments: ["9223372036854775808", "-9223372036854775809", "0x8000000000000000", "99999999999999999999999"])
    func overflow(text: String) {
        let error = TOMLTestSupport.singleError("n = \(text)\n", code: "T106", at: 4)
        #expect(error?.message.hasPrefix("integer '\(text)' does not fit in 64 bits") == true)
    }

    @Test("floats read exactly as Double(String) reads them, on seeded random input")
    func floatsMatchTheStandardLibrary() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let integer = String(random.next() % 1_000_000_000_000)
            let fraction = String(random.next() % 100_000_000)
            let exponent = Int(random.next() % 61) - 30
            let text = "\(random.next() % 2 == 0 ? "-" : "")\(integer).\(fraction)e\(exponent)"
            let value = TOMLTestSupport.valid("x = \(text)\n")["x"]
            guard case .float(let number) = value?.kind, let expected = Double(text) else {
                Issue.record("\(text) did not read as a float")
                continue
            }
            #expect(number == expected, "\(text)")
        }
    }

    @Test("a float needs digits on both sides of the point")
    func floatNeedsLeadingDigit() {
        TOMLTestSupport.singleError("x = .5\n", code: "T101", at: 4)
    }
}
