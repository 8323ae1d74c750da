import Foundation

/// Everything one action did, as one record: the unit of the case history, of the audit trail and
/// of replay. Clock changes are recorded explicitly so that replaying needs no flow definition.
public struct ActionRecord: Sendable, Hashable, Codable {
    public let action: String
    public let name: String
    public let kind: ActionKind
    public let from: String
    public let to: String
    public let userID: String
    public let actorName: String
    public let at: Date
    public let on: CivilDate
    public let opinion: Opinion?
    public let reason: String?
    public let participants: [String]
    public let penalty: PenaltyDecision?
    public let penaltyRole: PenaltyInput?
    /// For a correction: every missing material's name, as told to the party at once.
    public let missing: [String]
    public let merged: [MergedViolation]
    public let clock: [ClockEffect]
    public let extensionLimit: TimeLimit?
    public let documents: [String]
    public let flags: [SupervisionFlag]
    /// The enforcement certificate number of each officer who took part (user id → number), for
    /// actions that need officers (行政处罚法 Art. 42, 55). Optional: older records have none.
    public let certificates: [String: String]?
    /// The action's inputs as checked (dates and times normalised), by code: the hearing's
    /// particulars, a document's service. Optional: older records have none.
    public let inputs: [String: String]?
    /// The step ends the case.
    public let closes: Bool

    public init(
        action: String, name: String, kind: ActionKind, from: String, to: String, userID: String,
        actorName: String, at: Date, on: CivilDate, opinion: Opinion?, reason: String?,
        participants: [String], penalty: PenaltyDecision?, penaltyRole: PenaltyInput?, missing: [String],
        merged: [MergedViolation], clock: [ClockEffect], extensionLimit: TimeLimit?, documents: [String],
        flags: [SupervisionFlag], closes: Bool, certificates: [String: String]? = nil,
        inputs: [String: String]? = nil
    ) {
        self.action = action
        self.name = name
        self.kind = kind
        self.from = from
        self.to = to
        self.userID = userID
        self.actorName = actorName
        self.at = at
        self.on = on
        self.opinion = opinion
        self.reason = reason
        self.participants = participants
        self.penalty = penalty
        self.penaltyRole = penaltyRole
        self.missing = missing
        self.merged = merged
        self.clock = clock
        self.extensionLimit = extensionLimit
        self.documents = documents
        self.flags = flags
        self.closes = closes
        self.certificates = certificates
        self.inputs = inputs
    }
}
