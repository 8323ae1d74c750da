/// Which facts the limitation of a penalty (行政处罚法 Art. 36) is reckoned from: the date of the
/// act, or of its end when it continued, and the fact whose recording means citizens' life, health
/// or financial safety was harmed (five years instead of two). Data of the item, so the bureau
/// names its own facts; the periods are parameters of the procedure.
public struct LimitationRule: Sendable, Hashable, Codable {
    /// A required date fact.
    public let from: String
    /// A fact that, when recorded, lengthens the period.
    public let harm: String?
    public let location: SourceLocation

    public init(from: String, harm: String?, location: SourceLocation) {
        self.from = from
        self.harm = harm
        self.location = location
    }
}
