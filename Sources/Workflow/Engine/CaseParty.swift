/// The counterparty of a case as the engine needs it (R15). The identity number can only be made
/// by `IdentityCheck`, so a case never holds an unchecked number; merging compares it.
public struct CaseParty: Sendable, Hashable, Codable {
    public let kind: PartyKind
    public let name: String
    public let identity: IdentityNumber
    public let contact: String

    public init(kind: PartyKind, name: String, identity: IdentityNumber, contact: String) {
        self.kind = kind
        self.name = name
        self.identity = identity
        self.contact = contact
    }

    /// Which identity documents fit which kind of party: a person is not identified by a credit
    /// code, an organisation not by an ID card.
    public var identityFitsKind: Bool {
        switch identity.kind {
        case .residentID, .passport, .foreignPassport, .militaryOfficer: kind == .person
        case .creditCode, .organizationCode: kind == .organization
        }
    }
}
