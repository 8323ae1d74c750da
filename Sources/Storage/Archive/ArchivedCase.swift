import Foundation

/// An archived case as search lists it: what stays in the main database, and where the rest is.
public struct ArchivedCase: Sendable, Hashable {
    public let caseID: String
    public let itemCode: String
    public let partyName: String
    public let subject: String
    public let openedAt: Date
    public let concludedOn: String?
    /// The archive file's name (`desk.archive-2022.sqlite`).
    public let file: String
}
