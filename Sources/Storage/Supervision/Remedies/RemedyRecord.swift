import Workflow

/// A 复议 or 诉讼 outcome as recorded (`remedy_outcome`), also the body of its audit record.
public struct RemedyRecord: Sendable, Hashable, Codable {
    public let id: Int64
    public let caseID: String
    public let kind: RemedyKind
    public let result: RemedyResult
    /// Nil on a row entered before filing days were kept.
    public let filedOn: CivilDate?
    public let decidedOn: CivilDate
    public let body: String
    public let documentNumber: String
    public let note: String
    public let recordedBy: String
}
