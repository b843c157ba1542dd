extension Array where Element == String {
    /// The items as an English list: "A", "A and B", "A, B and C" (no serial comma, as the party writes).
    func joinedAsList(_ conjunction: String = "and") -> String {
        guard count > 1, let last else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " " + conjunction + " " + last
    }
}
