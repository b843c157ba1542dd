import Diagnostics

/// Prefix positions: literals, names and paths, calls and filters, brackets (with or without `where`),
/// lists, `if`, `not` and `-`.
extension RuleParserState {
    /// Parses whatever may start an expression.
    mutating func parsePrefix() -> Parsed {
        var skipping = false
        while !abandoned {
            let token = current
            let range = token.range
            switch token.kind {
            case .integer, .string, .date, .keywordTrue, .keywordFalse:
                advance()
                return node(literal(token), range: range)
            case .name:
                return parseNameOrCall()
            case .leftParen:
                return parseGroup()
            case .leftBracket:
                return parseList()
            case .keywordIf:
                return parseConditional()
            case .keywordNot, .minus:
                guard let entry = RuleOperatorTable.prefixByToken[Int(token.kind.rawValue)] else { break }
                advance()
                let operand = parseExpression(entry.power)
                let upper = max(operand.expression.range.upperBound, range.upperBound)
                return node(
                    .unary(entry.node, operand.expression), range: range.lowerBound..<upper, height: operand.height)
            case .error:
                advance()
                return Parsed(expression: RuleExpression(.invalid, range: range), height: 1)
            case .keywordAnd, .keywordOr, .keywordIn, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
                .plus, .star, .slash, .dot:
                // An operator with its left operand missing: report it (once for a run), skip it, read on.
                if !skipping { reportHere(.expectedExpression(found: describe(token))) }
                skipping = true
                advance()
                continue
            default:
                break
            }
            if !skipping { reportHere(.expectedExpression(found: describe(token))) }
            return invalid(at: range.lowerBound)
        }
        return invalid(at: current.range.lowerBound)
    }

    private func literal(_ token: RuleToken) -> RuleExpression.Kind {
        switch token.kind {
        case .integer: .integer(token.payload)
        case .string: .string(RuleLexer.stringValue(token, in: bytes))
        case .date: .date(token.date)
        case .keywordTrue: .boolean(true)
        case .keywordFalse: .boolean(false)
        default: .invalid
        }
    }

    /// `name`, `a.b.c`, or `f(…)`.
    private mutating func parseNameOrCall() -> Parsed {
        let first = current
        advance()
        var upper = first.range.upperBound
        var nameEnd = upper
        var contiguous = true
        let firstIndex = index - 1
        while current.kind == .dot, !abandoned {
            let dot = current
            advance()
            if current.kind == .name || current.kind.isKeyword {
                contiguous =
                    contiguous && dot.range.lowerBound == upper && current.range.lowerBound == dot.range.upperBound
                upper = current.range.upperBound
                nameEnd = upper
                advance()
            } else {
                reportHere(.expectedName(found: describe(current)))
                upper = dot.range.upperBound
                break
            }
        }
        // Usually the path is written without spaces, so its name is one slice of the text.
        let name =
            contiguous
            ? text(first.range.lowerBound..<nameEnd)
            : tokens[firstIndex..<index].filter { $0.kind != .dot && $0.range.upperBound <= nameEnd }.map {
                text($0.range)
            }
            .joined(separator: ".")
        if current.kind == .leftParen {
            return parseCall(name, start: first.range.lowerBound)
        }
        return node(.path(name), range: first.range.lowerBound..<upper)
    }

    /// `f(a, b)` or `f(list where predicate)`; the current token is the `(`.
    private mutating func parseCall(_ name: String, start: Int) -> Parsed {
        let open = current
        advance()
        var arguments: [RuleExpression] = []
        var height = 0
        var predicate: Parsed?
        while current.kind != .rightParen, current.kind != .end, !abandoned {
            let argument = parseExpression(0)
            arguments.append(argument.expression)
            height = max(height, argument.height)
            if current.kind == .keywordWhere {
                if arguments.count != 1 || predicate != nil { reportHere(.whereOutsideFilter()) }
                advance()
                let parsed = parseExpression(0)
                height = max(height, parsed.height)
                if predicate == nil { predicate = parsed }
            }
            guard current.kind == .comma else { break }
            advance()
        }
        let upper = expectClose(.rightParen, "')' to close the call to '\(name)'", open: open)
        let range = start..<upper
        if let predicate, arguments.count == 1, let list = arguments.first {
            return node(.filter(name, list: list, predicate: predicate.expression), range: range, height: height)
        }
        return node(.call(name, arguments), range: range, height: height)
    }

    /// `( expression )`, whose node's range grows to take in the brackets, or `(list where predicate)`.
    private mutating func parseGroup() -> Parsed {
        let open = current
        advance()
        var inner = parseExpression(0)
        var predicate: Parsed?
        if current.kind == .keywordWhere {
            advance()
            predicate = parseExpression(0)
        }
        let upper = expectClose(.rightParen, "')' to close '('", open: open)
        guard let predicate else {
            inner.expression.range = open.range.lowerBound..<max(upper, inner.expression.range.upperBound)
            return inner
        }
        return node(
            .filter(nil, list: inner.expression, predicate: predicate.expression),
            range: open.range.lowerBound..<max(upper, predicate.expression.range.upperBound),
            height: max(inner.height, predicate.height))
    }

    /// `[a, b, c]`, with an optional trailing comma.
    private mutating func parseList() -> Parsed {
        let open = current
        advance()
        var items: [RuleExpression] = []
        var height = 0
        while current.kind != .rightBracket, current.kind != .end, !abandoned {
            let item = parseExpression(0)
            items.append(item.expression)
            height = max(height, item.height)
            guard current.kind == .comma else { break }
            advance()
        }
        let upper = expectClose(.rightBracket, "']' to close '['", open: open)
        return node(.list(items), range: open.range.lowerBound..<upper, height: height)
    }

    /// `if condition then a else b`.
    private mutating func parseConditional() -> Parsed {
        let start = current.range.lowerBound
        advance()
        let condition = parseExpression(0)
        let then: Parsed
        let otherwise: Parsed
        if expect(.keywordThen, "'then' after the condition of 'if'") {
            then = parseExpression(0)
            otherwise =
                expect(.keywordElse, "'else' after the 'then' branch")
                ? parseExpression(0) : invalid(at: current.range.lowerBound)
        } else {
            then = invalid(at: current.range.lowerBound)
            otherwise = then
        }
        let upper = max(
            otherwise.expression.range.upperBound, then.expression.range.upperBound,
            condition.expression.range.upperBound)
        return node(
            .conditional(condition.expression, then: then.expression, else: otherwise.expression), range: start..<upper,
            height: max(condition.height, then.height, otherwise.height))
    }

    /// Consumes a token of `kind`, or reports that `what` was expected.
    private mutating func expect(_ kind: RuleTokenKind, _ what: String) -> Bool {
        if current.kind == kind {
            advance()
            return true
        }
        reportHere(.expected(what, found: describe(current)))
        return false
    }

    /// Consumes the closing bracket for `open` and returns the end of the construct, or reports it missing
    /// with a note at the opening bracket.
    private mutating func expectClose(_ kind: RuleTokenKind, _ what: @autoclosure () -> String, open: RuleToken) -> Int
    {
        if current.kind == kind {
            let upper = current.range.upperBound
            advance()
            return upper
        }
        if !abandoned {
            let opener = text(open.range)
            reportHere(
                .expected(what(), found: describe(current)),
                notes: [Note("'\(opener)' opened here", at: source.span(open.range))])
        }
        return index > 0 ? tokens[index - 1].range.upperBound : current.range.lowerBound
    }
}
