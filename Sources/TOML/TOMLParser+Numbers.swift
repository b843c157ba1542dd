import Diagnostics

/// Integers (decimal, `0x`, `0o`, `0b`, underscores between digits) and floats (fractions, exponents, `inf`,
/// `nan`). Every integer must fit in 64 bits; overflow is detected, never trapped on.
extension TOMLParser {
    /// Reads a number, a date-time, a date or a time: the first bytes tell which.
    mutating func parseNumberOrDateTime() throws(TOMLSyntaxError) -> TOMLValue {
        if cursor.peek().isDigit && cursor.peek(1).isDigit {
            if cursor.peek(2) == .colon { return try parseLocalTime() }
            if cursor.peek(2).isDigit && cursor.peek(3).isDigit && cursor.peek(4) == .minus {
                return try parseDateOrDateTime()
            }
        }
        let start = cursor.index
        var end = start
        // The common case, a plain decimal integer, is read in the same pass that finds the token's end.
        var plain: Int64 = 0
        var isPlain = cursor.peek() != UInt8(ascii: "0") || !cursor.peek(1).isNumberCharacter
        while true {
            let byte = cursor.byte(at: end)
            if byte.isDigit {
                plain = plain &* 10 &+ Int64(byte &- 0x30)
            } else if byte.isNumberCharacter {
                isPlain = false
            } else {
                break
            }
            end += 1
        }
        if isPlain && end - start <= 18 && cursor.byte(at: end) != .colon {
            cursor.index = end
            return TOMLValue(.integer(plain), range: start..<end)
        }
        let token = start..<end
        if cursor.byte(at: end) == .colon {
            throw TOMLSyntaxError(
                .invalidDateTime(
                    cursor.string(start..<tokenEnd(from: start)),
                    reason: "a time is written HH:MM:SS with two-digit parts",
                    at: span(start..<tokenEnd(from: start))))
        }
        let kind = try number(in: token)
        cursor.index = end
        return TOMLValue(kind, range: token)
    }

    private func number(in token: Range<Int>) throws(TOMLSyntaxError) -> TOMLValue.Kind {
        var index = token.lowerBound
        let sign = cursor.byte(at: index)
        let isSigned = sign == .plus || sign == .minus
        if isSigned { index += 1 }
        let rest = token.upperBound - index
        if rest == 3, cursor.byte(at: index) == UInt8(ascii: "i"), cursor.byte(at: index + 1) == UInt8(ascii: "n"),
            cursor.byte(at: index + 2) == UInt8(ascii: "f")
        {
            return .float(sign == .minus ? -.infinity : .infinity)
        }
        if rest == 3, cursor.byte(at: index) == UInt8(ascii: "n"), cursor.byte(at: index + 1) == UInt8(ascii: "a"),
            cursor.byte(at: index + 2) == UInt8(ascii: "n")
        {
            return .float(sign == .minus ? -.nan : .nan)
        }
        if cursor.byte(at: index) == UInt8(ascii: "0"), let radix = Self.radix(cursor.byte(at: index + 1)) {
            guard !isSigned else {
                throw numberError(token, "a sign is not allowed on hexadecimal, octal or binary integers")
            }
            return .integer(try radixInteger(token, digitsFrom: index + 2, radix: radix))
        }
        if !isSigned && !cursor.byte(at: index).isDigit {
            throw unexpected("a value")
        }
        return try decimal(token, digitsFrom: index, negative: sign == .minus)
    }

    /// A decimal integer or a float; `index` is just after any sign.
    private func decimal(_ token: Range<Int>, digitsFrom start: Int, negative: Bool) throws(TOMLSyntaxError)
        -> TOMLValue.Kind
    {
        var index = start
        let integerDigits = try digitRun(token, &index, radix: 10, after: "the sign")
        if integerDigits > 1 && cursor.byte(at: start) == UInt8(ascii: "0") {
            throw numberError(token, "leading zeros are not allowed")
        }
        var isFloat = false
        if cursor.byte(at: index) == .dot && index < token.upperBound {
            isFloat = true
            index += 1
            _ = try digitRun(token, &index, radix: 10, after: "'.'")
        }
        let exponentMark = cursor.byte(at: index)
        if index < token.upperBound && (exponentMark == UInt8(ascii: "e") || exponentMark == UInt8(ascii: "E")) {
            isFloat = true
            index += 1
            if cursor.byte(at: index) == .plus || cursor.byte(at: index) == .minus { index += 1 }
            _ = try digitRun(
                token, &index, radix: 10, after: "the exponent '\(Character(Unicode.Scalar(exponentMark)))'")
        }
        guard index == token.upperBound else {
            throw numberError(token, "unexpected '\(cursor.string(index..<(index + 1)))'")
        }
        return isFloat ? .float(try float(token)) : .integer(try decimalInteger(token, negative: negative))
    }

    /// Moves `index` past digits of `radix` with single underscores between them; at least one digit is
    /// required. Returns the number of digits.
    private func digitRun(
        _ token: Range<Int>, _ index: inout Int, radix: Int, after context: String
    ) throws(TOMLSyntaxError) -> Int {
        var count = 0
        while index < token.upperBound {
            let byte = cursor.byte(at: index)
            if Self.digitValue(byte, radix: radix) != nil {
                count += 1
                index += 1
            } else if byte == .underscore {
                let next = index + 1
                guard count > 0, next < token.upperBound, Self.digitValue(cursor.byte(at: next), radix: radix) != nil
                else {
                    throw numberError(token, "an underscore must sit between two digits")
                }
                index = next
            } else {
                break
            }
        }
        guard count > 0 else { throw numberError(token, "expected a digit after \(context)") }
        return count
    }

    private func decimalInteger(_ token: Range<Int>, negative: Bool) throws(TOMLSyntaxError) -> Int64 {
        var value: Int64 = 0
        for index in token {
            let byte = cursor.byte(at: index)
            guard byte.isDigit else { continue }
            let digit = Int64(byte &- 0x30)
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowMultiply && !overflowAdd else {
                throw TOMLSyntaxError(.integerOverflow(cursor.string(token), at: span(token)))
            }
            value = next
        }
        return value
    }

    private func radixInteger(_ token: Range<Int>, digitsFrom start: Int, radix: Int) throws(TOMLSyntaxError) -> Int64 {
        var index = start
        let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
        _ = try digitRun(token, &index, radix: radix, after: "the \(name) prefix")
        guard index == token.upperBound else {
            let article = radix == 8 ? "an" : "a"
            throw numberError(token, "'\(cursor.string(index..<(index + 1)))' is not \(article) \(name) digit")
        }
        var value: Int64 = 0
        for position in start..<token.upperBound {
            guard let digit = Self.digitValue(cursor.byte(at: position), radix: radix) else { continue }
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: Int64(radix))
            let (next, overflowAdd) = shifted.addingReportingOverflow(Int64(digit))
            guard !overflowMultiply && !overflowAdd else {
                throw TOMLSyntaxError(.integerOverflow(cursor.string(token), at: span(token)))
            }
            value = next
        }
        return value
    }

    private func float(_ token: Range<Int>) throws(TOMLSyntaxError) -> Double {
        if let value = fastFloat(token) { return value }
        var text = ""
        for index in token where cursor.byte(at: index) != .underscore {
            text.unicodeScalars.append(Unicode.Scalar(cursor.byte(at: index)))
        }
        guard let value = Double(text) else { throw numberError(token, "not a representable float") }
        return value
    }

    /// Exact powers of ten that a `Double` holds without rounding.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    ]

    /// The common case without building a string: at most 15 significant digits and a small exponent, where
    /// one multiplication or division by an exact power of ten is correctly rounded (Clinger's fast path).
    /// Returns nil when the slow, always-correct path is needed. The token's syntax is already checked.
    private func fastFloat(_ token: Range<Int>) -> Double? {
        var mantissa = 0
        var digits = 0
        var fractionDigits = 0
        var inFraction = false
        var index = token.lowerBound
        let negative = cursor.byte(at: index) == .minus
        if negative || cursor.byte(at: index) == .plus { index += 1 }
        while index < token.upperBound {
            let byte = cursor.byte(at: index)
            if byte.isDigit {
                if mantissa > 0 || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + Int(byte &- 0x30)
                if inFraction { fractionDigits += 1 }
            } else if byte == .dot {
                inFraction = true
            } else if byte != .underscore {
                break
            }
            index += 1
        }
        var exponent = 0
        if index < token.upperBound {
            index += 1
            let exponentNegative = cursor.byte(at: index) == .minus
            if exponentNegative || cursor.byte(at: index) == .plus { index += 1 }
            while index < token.upperBound {
                let byte = cursor.byte(at: index)
                if byte.isDigit {
                    exponent = exponent * 10 + Int(byte &- 0x30)
                    guard exponent < 1000 else { return nil }
                }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        let scale = exponent - fractionDigits
        guard scale >= -22 && scale <= 22 else { return nil }
        var value = Double(mantissa)
        value = scale >= 0 ? value * Self.exactPowersOfTen[scale] : value / Self.exactPowersOfTen[-scale]
        return negative ? -value : value
    }

    private func numberError(_ token: Range<Int>, _ reason: String) -> TOMLSyntaxError {
        TOMLSyntaxError(.invalidNumber(cursor.string(token), reason: reason, at: span(token)))
    }

    private static func radix(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    private static func digitValue(_ byte: UInt8, radix: Int) -> UInt32? {
        guard let value = byte.hexValue, value < radix else { return nil }
        return value
    }

    /// The end of the run of characters a number or date-time could be made of, for messages.
    func tokenEnd(from start: Int) -> Int {
        var end = start
        while cursor.byte(at: end).isNumberCharacter || cursor.byte(at: end) == .colon { end += 1 }
        return end
    }
}

extension UInt8 {
    /// Letters, digits, `_`, `.`, `+` and `-`: what a number token is made of.
    var isNumberCharacter: Bool {
        isLetter || isDigit || self == .underscore || self == .dot || self == .plus || self == .minus
    }
}
