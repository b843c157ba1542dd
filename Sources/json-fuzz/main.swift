// libFuzzer entry point for the JSON reader and writer; `.ci/fuzz-json SECONDS` builds and runs it
// (docs/reliability.md).
//
// Built without `--sanitize=fuzzer` this is an ordinary executable that does nothing, so a plain
// `swift build` still compiles it.
import Diagnostics
import JSON

/// Parses one input into a tape (with small limits, so the limits are reached too) and builds its tree, renders
/// its diagnostics, checks that every range lies inside the input, that the tape's views read what the tree
/// holds, and that a valid document writes and reads back as the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let limits = JSONLimits(maxDepth: 64, maxStringBytes: 512, maxNumberLength: 64, maxDocumentBytes: 4096)
    let keys: JSONDuplicateKeys = size % 2 == 0 ? .reject : .keep
    let tapeResult = JSONParser.parseTape(bytes: bytes, path: "fuzz.json", limits: limits, duplicateKeys: keys)
    let result = tapeResult.treeResult()
    for diagnostic in result.diagnostics {
        for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
            guard let range = location?.range else { continue }
            precondition(range.lowerBound >= 0 && range.upperBound <= size, "diagnostic range outside the input")
        }
    }
    precondition(result.isValid || result.diagnostics.contains { $0.location != nil }, "error without a location")
    _ = TextDiagnosticRenderer(sources: SourceStore([result.source])).render(result.diagnostics)
    guard let document = result.document, let tape = tapeResult.tape else { return 0 }
    checkRanges(document.root, size: size)
    checkTape(tape.root, against: document.root)
    guard result.isValid else { return 0 }
    for writer in [JSONWriter(), JSONWriter(layout: .indented, keyOrder: .sorted)] {
        guard let text = try? writer.write(document.root) else { preconditionFailure("a value read cannot be written") }
        let again = JSONParser.parse(text, path: "again.json", duplicateKeys: keys)
        precondition(again.isValid, "written JSON does not read back")
        guard let root = again.document?.root, let second = try? writer.write(root) else {
            preconditionFailure("written JSON does not read back")
        }
        precondition(second == text, "writing is not stable")
    }
    return 0
}

/// Every key and value range stays inside the input, and each container holds its children.
private func checkRanges(_ node: JSONNode, size: Int) {
    precondition(node.range.lowerBound >= 0 && node.range.upperBound <= size, "value range outside the input")
    switch node.kind {
    case .array(let elements):
        for element in elements {
            precondition(node.range.contains(element.range.lowerBound), "element outside its array")
            checkRanges(element, size: size)
        }
    case .object(let object):
        for member in object.members {
            precondition(node.range.contains(member.keyRange.lowerBound), "key outside its object")
            precondition(member.keyRange.upperBound <= member.value.range.lowerBound, "value before its key")
            checkRanges(member.value, size: size)
        }
    default:
        break
    }
}

/// The tape's views give the same values and ranges as the tree built from it (a worklist, not recursion).
private func checkTape(_ root: JSONTape.Value, against node: JSONNode) {
    var work = [(root, node)]
    while let (view, node) = work.popLast() {
        precondition(view.range == node.range && view.typeName == node.typeName, "tape and tree differ")
        precondition(view.string == node.string && view.number == node.number, "tape and tree values differ")
        precondition(view.bool == node.bool && view.isNull == node.isNull, "tape and tree values differ")
        if let elements = view.array, let nodes = node.array {
            precondition(elements.count == nodes.count, "tape and tree arrays differ")
            work += zip(elements, nodes).map { ($0, $1) }
        } else if let object = view.object, let members = node.object?.members {
            precondition(object.count == members.count, "tape and tree objects differ")
            for (member, expected) in zip(object.members, members) {
                precondition(member.key == expected.key && member.keyRange == expected.keyRange, "keys differ")
                work.append((member.value, expected.value))
            }
        }
    }
}
