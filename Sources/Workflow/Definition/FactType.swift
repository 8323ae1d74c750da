/// The type of a key fact (R17): facts are stored as values a computer can count, not as prose.
public enum FactType: String, Sendable, Hashable, Codable, CaseIterable {
    case text
    case date
    case place
    case number
    case area
    case money
    case count
}
