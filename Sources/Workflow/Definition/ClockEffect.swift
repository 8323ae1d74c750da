/// What an action does to the case's statutory clock.
public enum ClockEffect: String, Sendable, Hashable, Codable, CaseIterable {
    case start
    case pause
    case resume
    case stop
}
