import Foundation

/// What `powerdesk restore` found and did, for the command to say.
public struct RestoreReport: Sendable {
    public let cases: Int
    public let records: Int
    /// Anchors of this database the backup was checked against (those it reaches).
    public let anchorsChecked: Int
    /// The latest anchor beyond the backup's end: operations anchored after the backup was taken.
    public let anchorBeyond: AuditAnchor?
    /// How many audit records the replaced database had, when it could be read.
    public let replacedRecords: Int?
    /// Where the replaced database was kept; nil when there was none.
    public let setAside: String?

    /// When the anchor beyond the backup was written, as people read it.
    public var beyondMoment: String? { anchorBeyond.map { AuditAnchor.describe($0.at) } }
}
