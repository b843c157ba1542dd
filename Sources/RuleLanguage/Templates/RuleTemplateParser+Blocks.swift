import Diagnostics

/// Standalone block lines and the block tree.
extension RuleTemplateParser {
    private static func isBlock(_ kind: TagKind) -> Bool {
        switch kind {
        case .open, .close, .otherwise: true
        case .value, .unknown: false
        }
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// Removes the line of every block tag that stands alone on its line (whitespace aside).
    func trimStandaloneLines(_ segments: inout [Segment]) {
        var trims: [(index: Int, leftEnd: Int?, rightStart: Int?)] = []
        for (index, segment) in segments.enumerated() {
            guard case .tag(let kind, _, _) = segment, Self.isBlock(kind) else { continue }
            var leftEnd: Int?
            if index == 0 {
                leftEnd = nil
            } else if case .text(let text) = segments[index - 1] {
                let lineStart = (text.lastIndex { bytes[$0] == UInt8(ascii: "\n") }).map { $0 + 1 }
                guard let start = lineStart ?? (index == 1 ? text.lowerBound : nil),
                    isBlank(start..<text.upperBound)
                else { continue }
                leftEnd = start
            } else {
                continue
            }
            var rightStart: Int?
            if index + 1 < segments.count {
                guard case .text(let text) = segments[index + 1] else { continue }
                if let newline = text.first(where: { bytes[$0] == UInt8(ascii: "\n") }) {
                    guard isBlank(text.lowerBound..<newline) else { continue }
                    rightStart = newline + 1
                } else {
                    guard index + 2 == segments.count, isBlank(text) else { continue }
                    rightStart = text.upperBound
                }
            }
            trims.append((index, leftEnd, rightStart))
        }
        for trim in trims {
            if let leftEnd = trim.leftEnd, case .text(let text) = segments[trim.index - 1] {
                segments[trim.index - 1] = .text(text.lowerBound..<max(text.lowerBound, min(text.upperBound, leftEnd)))
            }
            if let rightStart = trim.rightStart, case .text(let text) = segments[trim.index + 1] {
                segments[trim.index + 1] = .text(
                    min(text.upperBound, max(text.lowerBound, rightStart))..<text.upperBound)
            }
        }
    }

    /// Builds the block tree; closes blocks left open at the end after reporting them.
    mutating func build(_ segments: [Segment]) -> [RuleTemplate.Node]? {
        var root: [RuleTemplate.Node] = []
        root.reserveCapacity(segments.count)
        var stack: [Frame] = []
        func append(_ node: RuleTemplate.Node) {
            // In place: the open block's arrays are not copied out and back for every node.
            guard let top = stack.indices.last else {
                root.append(node)
                return
            }
            if stack[top].inElse { stack[top].otherwise.append(node) } else { stack[top].body.append(node) }
        }
        for segment in segments {
            switch segment {
            case .text(let range):
                if !range.isEmpty { append(.text(String(decoding: bytes[range], as: UTF8.self))) }
            case .tag(.value, _, let inner):
                guard let expression = expression(inner) else { return nil }
                append(.value(expression))
            case .tag(.open(let block), let outer, let inner):
                guard stack.count < RuleParser.maximumDepth, let condition = expression(inner) else {
                    diagnostics.append(source.diagnostic(.nestedTooDeeply(limit: RuleParser.maximumDepth), at: outer))
                    return nil
                }
                stack.append(Frame(block: block, condition: condition, opening: outer))
            case .tag(.otherwise, let outer, _):
                guard var top = stack.popLast() else {
                    diagnostics.append(source.diagnostic(.elseOutsideBlock(), at: outer))
                    continue
                }
                if top.inElse { diagnostics.append(source.diagnostic(.duplicateElse(), at: outer)) }
                top.inElse = true
                stack.append(top)
            case .tag(.close(let block), let outer, _):
                guard let top = stack.popLast() else {
                    diagnostics.append(source.diagnostic(.strayClose(block.rawValue), at: outer))
                    continue
                }
                if top.block != block {
                    let note = Note("'{{#\(top.block.rawValue)}}' opened here", at: source.span(top.opening))
                    diagnostics.append(
                        source.diagnostic(
                            .mismatchedClose(block.rawValue, open: top.block.rawValue), at: outer, notes: [note]))
                }
                append(Self.node(top))
            case .tag(.unknown, _, _):
                continue
            }
        }
        while let top = stack.popLast() {
            diagnostics.append(source.diagnostic(.unclosedBlock(top.block.rawValue), at: top.opening))
            append(Self.node(top))
        }
        return root
    }

    private static func node(_ frame: Frame) -> RuleTemplate.Node {
        switch frame.block {
        case .when: .when(frame.condition, then: frame.body, otherwise: frame.otherwise)
        case .each: .each(frame.condition, body: frame.body, otherwise: frame.otherwise)
        }
    }

    /// Parses the expression in `range`; `nil` only if it was nested too deeply.
    private mutating func expression(_ range: Range<Int>) -> RuleExpression? {
        let (expression, problems) = RuleParser.parse(source, bytes: bytes, range: range)
        diagnostics.append(contentsOf: problems)
        return expression
    }
}
