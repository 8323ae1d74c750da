/// Cases moved together, in one transaction, into the archive file of their conclusion's year.
public struct ArchiveBatch: Sendable, Hashable {
    public let year: Int
    public let caseIDs: [String]
}
