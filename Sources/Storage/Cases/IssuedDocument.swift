import Foundation

/// A document the system issued for a case, with its number when its type is numbered (R18, R20).
/// Issued in the same transaction as the action that calls for it: no decision without its
/// document, no document without its decision. Its text never changes once issued; a correction
/// is a new document that names the one it replaces.
public struct IssuedDocument: Sendable, Hashable {
    public let id: Int64
    public let caseID: String
    public let type: String
    public let name: String
    public let number: String?
    /// The case event (its sequence number) that produced the document.
    public let eventSeq: Int64
    public let issuedAt: Date
    /// The text in the document markup; nil only for documents issued before texts were kept.
    public let body: String?
    /// SHA-256 of `body`, as recorded in the audit trail.
    public let hash: String?
    /// The document this one corrects and replaces.
    public let replaces: Int64?
    /// The correction that replaced this document, if any.
    public let replacedBy: Int64?
    /// How many times it was printed; every print after the first is a copy.
    public let prints: Int

    /// The number when it has one, otherwise the name: how the desk and the CLI refer to it.
    public var label: String { number ?? name }
}
