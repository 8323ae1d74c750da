/// One batch moved: where it went and the main chain's record of it.
public struct ArchivedBatch: Sendable {
    public let file: String
    public let cases: Int
    public let auditSeq: Int64
}
