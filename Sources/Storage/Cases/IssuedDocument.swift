import Foundation

/// A document the system issued for a case, with its number when its type is numbered (R18, R20).
/// Issued in the same transaction as the action that calls for it: no decision without its
/// document, no document without its decision.
public struct IssuedDocument: Sendable, Hashable {
    public let caseID: String
    public let type: String
    public let name: String
    public let number: String?
    /// The case event (its sequence number) that produced the document.
    public let eventSeq: Int64
    public let issuedAt: Date
}
