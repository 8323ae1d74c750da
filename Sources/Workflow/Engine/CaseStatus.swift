/// Whether a case can move.
public enum CaseStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case suspended
    case closed
}
