import Foundation

/// One line of a case's audit trail as the archive prints it: readable, with the record's hash so
/// the paper can be checked against the database.
public struct ArchiveTrailEntry: Sendable, Hashable {
    public let seq: Int64
    public let at: Date
    public let actor: String
    public let what: String
    public let hash: String

    public init(seq: Int64, at: Date, actor: String, what: String, hash: String) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.what = what
        self.hash = hash
    }
}
