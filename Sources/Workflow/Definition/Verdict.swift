/// The direction of the opinion an action records. A negative opinion must state its reasons (R19).
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    case positive
    case negative
    case neutral
}
