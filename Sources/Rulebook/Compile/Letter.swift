/// One letter back to a CLP: what became of its report, or a reminder that none arrived. `id` names its
/// files (`eastbrook-and-hollins.md`); it is made of lowercase letters, digits and '-' only, so a CLP's
/// name can never make it a path.
public struct Letter: Sendable {
    public var id: String
    public var clp: String
    public var document: DocumentTree

    public init(id: String, clp: String, document: DocumentTree) {
        self.id = id
        self.clp = clp
        self.document = document
    }
}
