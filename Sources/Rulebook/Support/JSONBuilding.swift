import JSON

// The small vocabulary the engine builds its JSON with (the report, the compile). Values made by the engine
// have no place in any file, so their ranges are empty.
let nowhere = 0..<0
let null = JSONNode(.null, range: nowhere)
func string(_ text: String) -> JSONNode { JSONNode(.string(text), range: nowhere) }
func optional(_ text: String?) -> JSONNode { text.map(string) ?? null }
func bool(_ flag: Bool) -> JSONNode { JSONNode(.bool(flag), range: nowhere) }
func integer(_ number: Int) -> JSONNode { JSONNode(.number(JSONNumber(Int64(number))), range: nowhere) }
func integer(_ number: Int64) -> JSONNode { JSONNode(.number(JSONNumber(number)), range: nowhere) }
func array(_ elements: [JSONNode]) -> JSONNode { JSONNode(.array(elements), range: nowhere) }
func object(_ members: [(String, JSONNode)]) -> JSONNode {
    JSONNode(.object(JSONObject(members.map { JSONMember(key: $0.0, keyRange: nowhere, value: $0.1) })), range: nowhere)
}
