import Localization

/// Character 1 of a credit code: the kind of office that registered the organisation
/// (GB 32100-2015, appendix A). The raw value is the character itself.
public enum RegisteringBody: String, Sendable, Codable, CaseIterable {
    case organizationStaffing = "1"
    case foreignAffairs = "2"
    case justice = "3"
    case culture = "4"
    case civilAffairs = "5"
    case tourism = "6"
    case religion = "7"
    case tradeUnion = "8"
    case marketRegulation = "9"
    case militaryStaffing = "A"
    case agriculture = "N"
    case other = "Y"

    public var displayName: Message {
        switch self {
        case .organizationStaffing: IdentityPhrases.bodyOrganizationStaffing()
        case .foreignAffairs: IdentityPhrases.bodyForeignAffairs()
        case .justice: IdentityPhrases.bodyJustice()
        case .culture: IdentityPhrases.bodyCulture()
        case .civilAffairs: IdentityPhrases.bodyCivilAffairs()
        case .tourism: IdentityPhrases.bodyTourism()
        case .religion: IdentityPhrases.bodyReligion()
        case .tradeUnion: IdentityPhrases.bodyTradeUnion()
        case .marketRegulation: IdentityPhrases.bodyMarketRegulation()
        case .militaryStaffing: IdentityPhrases.bodyMilitaryStaffing()
        case .agriculture: IdentityPhrases.bodyAgriculture()
        case .other: IdentityPhrases.bodyOther()
        }
    }
}
