import Workflow

/// The legal post's refusal of a draft, with its reason, for the admin to read (issue 14).
public struct DraftRejection: Sendable, Hashable {
    public let version: Int64
    public let note: String
    public let createdBy: String
    public let reason: String
    public let rejectedBy: String
    public let rejectedOn: CivilDate
}
