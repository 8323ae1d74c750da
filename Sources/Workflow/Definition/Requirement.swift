/// How strongly an action asks for a piece of input.
public enum Requirement: String, Sendable, Hashable, Codable, CaseIterable {
    case none
    case optional
    case required
    /// Only when the same kind of operation has happened on the case before (repeated 补正).
    case repeated
}
