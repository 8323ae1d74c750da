/// What a database is for. Only demo and training databases accept a fixed clock and hold the
/// well-known demo accounts.
public enum DatabaseKind: String, Sendable, Hashable, CaseIterable {
    case production
    case demo
    case training

    public var allowsFixedClock: Bool { self != .production }
}
