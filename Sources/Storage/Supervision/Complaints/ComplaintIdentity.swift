/// Who complained. Kept in a table of its own and handed out by `ComplaintDesk` only to the
/// supervision post, so a complainant is protected from the officers complained about.
public struct ComplaintIdentity: Sendable, Hashable {
    public let name: String
    public let contact: String
    public let address: String

    public init(name: String, contact: String, address: String = "") {
        self.name = name
        self.contact = contact
        self.address = address
    }
}
