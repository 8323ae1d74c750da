import Localization

/// The kinds of identity number the desk accepts for a party (requirement R15).
///
/// Foreign passports are a kind of their own because their only rule is a loose shape; they are
/// never guessed by `IdentityCheck.detectAndValidate`, the clerk must choose them.
public enum IdentityKind: String, Sendable, Codable, CaseIterable {
    case residentID
    case creditCode
    case organizationCode
    case passport
    case foreignPassport
    case militaryOfficer

    /// The kind's name as shown to the clerk.
    public var displayName: Message {
        switch self {
        case .residentID: IdentityPhrases.kindResidentID()
        case .creditCode: IdentityPhrases.kindCreditCode()
        case .organizationCode: IdentityPhrases.kindOrganizationCode()
        case .passport: IdentityPhrases.kindPassport()
        case .foreignPassport: IdentityPhrases.kindForeignPassport()
        case .militaryOfficer: IdentityPhrases.kindMilitaryOfficer()
        }
    }
}
