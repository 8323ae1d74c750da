/// A print in progress: its log row, its place in the document's prints, and how it must be
/// marked. Decided inside a transaction, so two desks printing at once cannot both get the original.
public struct PrintTicket: Sendable, Hashable {
    public let printID: Int64
    public let documentID: Int64
    /// 1 for the first print of the document, 2 for the next...
    public let sequence: Int
    public let copy: Bool
    /// The document was replaced by a correction: it prints marked as such, never as an original.
    public let replacedBy: String?
}
