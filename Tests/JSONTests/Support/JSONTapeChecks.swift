import JSON
import Testing

/// Checks that a tape's views read the same values, at the same ranges, as the tree built from it.
enum JSONTapeChecks {
    /// Walks the view and the node side by side (a worklist, not recursion) and records each difference.
    static func expectSame(
        _ view: JSONTape.Value, _ node: JSONNode, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var work = [(view, node)]
        while let (view, node) = work.popLast() {
            #expect(view.range == node.range, "range of \(node.typeName)", sourceLocation: sourceLocation)
            #expect(view.typeName == node.typeName, sourceLocation: sourceLocation)
            #expect(view.isNull == node.isNull && view.bool == node.bool, sourceLocation: sourceLocation)
            #expect(view.number == node.number && view.string == node.string, sourceLocation: sourceLocation)
            #expect((try? view.int64()) == (try? node.int64()), sourceLocation: sourceLocation)
            #expect((try? view.double()) == (try? node.double()), sourceLocation: sourceLocation)
            if let elements = view.array, let nodes = node.array {
                #expect(elements.count == nodes.count, sourceLocation: sourceLocation)
                work += zip(elements, nodes).map { ($0, $1) }
            } else {
                #expect(view.array == nil && node.array == nil, sourceLocation: sourceLocation)
            }
            if let object = view.object, let nodes = node.object {
                #expect(object.count == nodes.count && object.keys == nodes.keys, sourceLocation: sourceLocation)
                for (member, expected) in zip(object.members, nodes.members) {
                    #expect(member.key == expected.key, sourceLocation: sourceLocation)
                    #expect(member.keyRange == expected.keyRange, sourceLocation: sourceLocation)
                    #expect(object[expected.key]?.range == nodes[expected.key]?.range, sourceLocation: sourceLocation)
                    work.append((member.value, expected.value))
                }
            } else {
                #expect(view.object == nil && node.object == nil, sourceLocation: sourceLocation)
            }
        }
    }

    /// Parses `bytes` both ways and checks the results agree: the same diagnostics, the tape's tree equal to
    /// the parsed tree, and every view equal to its node.
    static func expectAgree(
        _ bytes: [UInt8], limits: JSONLimits = .standard, duplicateKeys: JSONDuplicateKeys = .reject,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let tree = JSONParser.parse(bytes: bytes, path: "t.json", limits: limits, duplicateKeys: duplicateKeys)
        let tape = JSONParser.parseTape(bytes: bytes, path: "t.json", limits: limits, duplicateKeys: duplicateKeys)
        #expect(tape.diagnostics == tree.diagnostics, sourceLocation: sourceLocation)
        #expect(tape.isValid == tree.isValid, sourceLocation: sourceLocation)
        #expect((tape.tape == nil) == (tree.document == nil), sourceLocation: sourceLocation)
        guard let root = tape.tape?.root, let node = tree.document?.root else { return }
        #expect(root.tree() == node, sourceLocation: sourceLocation)
        expectSame(root, node, sourceLocation: sourceLocation)
    }
}
