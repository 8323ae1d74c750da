import Foundation

/// A file in a case's file: what it is filed under (a material of the item, or an evidence
/// entry), its content's digest, kind and size, and who filed it when.
public struct AttachedFile: Sendable, Hashable {
    public let sha256: String
    public let name: String
    public let kind: FileKind?
    public let size: Int
    /// A material code of the item, or the label of an evidence entry.
    public let entry: String
    public let isEvidence: Bool
    public let addedAt: Date
    public let addedBy: String
}
