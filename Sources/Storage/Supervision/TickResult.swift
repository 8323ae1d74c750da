/// What one run of `powerdesk supervise tick` recorded: cases newly yellow, newly red, and red
/// cases escalated to their section chief and to the leadership.
public struct TickResult: Sendable, Hashable {
    public var yellow = 0
    public var red = 0
    public var toChief = 0
    public var toLeader = 0

    public init() {}
}
