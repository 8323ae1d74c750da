/// When a red case goes up the line (R11; the city's e-supervision practice, legal-facts §8): to
/// the section chief after `chiefAfter` working days overdue, to the leadership after
/// `leaderAfter`. Configuration, not code: `powerdesk supervise tick` reads it from the site
/// configuration (`escalate-chief-after`, `escalate-leader-after`).
public struct EscalationPolicy: Sendable, Hashable {
    public let chiefAfter: Int
    public let leaderAfter: Int

    public init(chiefAfter: Int, leaderAfter: Int) {
        self.chiefAfter = chiefAfter
        self.leaderAfter = leaderAfter
    }

    /// The defaults the configuration file ships with.
    public static let standard = EscalationPolicy(chiefAfter: 2, leaderAfter: 5)
}
