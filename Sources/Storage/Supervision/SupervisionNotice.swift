import Workflow

/// A supervision notice as stored: who was told what, by when the answer is due, the answer and
/// the supervisor's outcome.
public struct SupervisionNotice: Sendable, Hashable {
    public let id: Int64
    public let kind: NoticeKind
    public let caseID: String?
    /// A user id, or a section code when `toSection`.
    public let addressee: String
    public let toSection: Bool
    public let reason: String
    public let issuedBy: String
    public let issuedOn: CivilDate
    public let dueOn: CivilDate
    public let answer: String?
    public let answeredBy: String?
    public let answeredOn: CivilDate?
    public let outcome: NoticeOutcome?

    /// Unanswered past its due day.
    public func isLate(today: CivilDate) -> Bool { (answeredOn ?? today) > dueOn }
}
