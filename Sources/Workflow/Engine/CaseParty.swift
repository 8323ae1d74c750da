/// The counterparty of a case as the engine needs it (R15). The identity number can only be made
/// by `IdentityCheck`, so a case never holds an unchecked number; merging compares it.
public struct CaseParty: Sendable, Hashable, Codable {
    public let kind: PartyKind
    public let name: String
    public let identity: IdentityNumber
    public let contact: String
    /// 住所 or 地址: a decision must name it (行政处罚法 Art. 59) and documents are served there.
    public let address: String

    public init(kind: PartyKind, name: String, identity: IdentityNumber, contact: String, address: String = "") {
        self.kind = kind
        self.name = name
        self.identity = identity
        self.contact = contact
        self.address = address
    }

    private enum CodingKeys: String, CodingKey {
        case kind, name, identity, contact, address
    }

    /// Cases recorded before the address was kept decode with an empty one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(PartyKind.self, forKey: .kind)
        name = try container.decode(String.self, forKey: .name)
        identity = try container.decode(IdentityNumber.self, forKey: .identity)
        contact = try container.decode(String.self, forKey: .contact)
        address = try container.decodeIfPresent(String.self, forKey: .address) ?? ""
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
