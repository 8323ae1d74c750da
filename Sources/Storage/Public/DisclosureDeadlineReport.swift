/// The 双公示 deadline for supervision (公示期限, `disclosure.publicity-days` working days from the
/// decision): decisions still to be published and in time, decisions past the deadline and still
/// not published, and decisions that went public after it. Each list oldest decision first.
public struct DisclosureDeadlineReport: Sendable, Hashable {
    public let days: Int
    public let basis: String
    public var pending: [DisclosureDeadlineCase] = []
    public var unpublishedLate: [DisclosureDeadlineCase] = []
    public var publishedLate: [DisclosureDeadlineCase] = []

    public init(days: Int, basis: String) {
        self.days = days
        self.basis = basis
    }

    /// Late either way: what supervision has to act on.
    public var late: Int { unpublishedLate.count + publishedLate.count }
}
