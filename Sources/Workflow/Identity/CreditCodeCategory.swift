import Localization

/// Character 2 of a credit code, read under its registering body (GB 32100-2015, appendix A).
/// The same character means different things under different bodies, hence `init(body:code:)`.
public enum CreditCodeCategory: String, Sendable, Codable, CaseIterable {
    case organ, publicInstitution, massOrganization
    case foreignNewsAgency
    case lawFirm, notaryOffice, grassrootsLegalService, forensicAppraisal, arbitrationCommission
    case foreignCulturalCentre
    case socialOrganization, privateNonEnterprise, foundation
    case foreignTourismOffice, regionalTourismOffice
    case religiousVenue, religiousSchool
    case grassrootsTradeUnion
    case enterprise, individualBusiness, farmersCooperative
    case militaryPublicInstitution
    case groupCollective, villageCollective, townshipCollective
    /// Body Y does not divide into categories and always writes 1.
    case unclassified
    /// Category 9 under most bodies.
    case other

    /// The category for character `code` under `body`; `nil` when the standard lists no such pair.
    public init?(body: RegisteringBody, code: Character) {
        let table: [Character: CreditCodeCategory]
        switch body {
        case .organizationStaffing: table = ["1": .organ, "2": .publicInstitution, "3": .massOrganization, "9": .other]
        case .foreignAffairs: table = ["1": .foreignNewsAgency, "9": .other]
        case .justice:
            table = ["1": .lawFirm, "2": .notaryOffice, "3": .grassrootsLegalService,
                     "4": .forensicAppraisal, "5": .arbitrationCommission, "9": .other]
        case .culture: table = ["1": .foreignCulturalCentre, "9": .other]
        case .civilAffairs: table = ["1": .socialOrganization, "2": .privateNonEnterprise, "3": .foundation, "9": .other]
        case .tourism: table = ["1": .foreignTourismOffice, "2": .regionalTourismOffice, "9": .other]
        case .religion: table = ["1": .religiousVenue, "2": .religiousSchool, "9": .other]
        case .tradeUnion: table = ["1": .grassrootsTradeUnion, "9": .other]
        case .marketRegulation: table = ["1": .enterprise, "2": .individualBusiness, "3": .farmersCooperative]
        case .militaryStaffing: table = ["1": .militaryPublicInstitution, "9": .other]
        case .agriculture:
            table = ["1": .groupCollective, "2": .villageCollective, "3": .townshipCollective, "9": .other]
        case .other: table = ["1": .unclassified]
        }
        guard let category = table[code] else { return nil }
        self = category
    }

    public var displayName: Message {
        switch self {
        case .organ: IdentityPhrases.categoryOrgan()
        case .publicInstitution: IdentityPhrases.categoryPublicInstitution()
        case .massOrganization: IdentityPhrases.categoryMassOrganization()
        case .foreignNewsAgency: IdentityPhrases.categoryForeignNewsAgency()
        case .lawFirm: IdentityPhrases.categoryLawFirm()
        case .notaryOffice: IdentityPhrases.categoryNotaryOffice()
        case .grassrootsLegalService: IdentityPhrases.categoryGrassrootsLegalService()
        case .forensicAppraisal: IdentityPhrases.categoryForensicAppraisal()
        case .arbitrationCommission: IdentityPhrases.categoryArbitrationCommission()
        case .foreignCulturalCentre: IdentityPhrases.categoryForeignCulturalCentre()
        case .socialOrganization: IdentityPhrases.categorySocialOrganization()
        case .privateNonEnterprise: IdentityPhrases.categoryPrivateNonEnterprise()
        case .foundation: IdentityPhrases.categoryFoundation()
        case .foreignTourismOffice: IdentityPhrases.categoryForeignTourismOffice()
        case .regionalTourismOffice: IdentityPhrases.categoryRegionalTourismOffice()
        case .religiousVenue: IdentityPhrases.categoryReligiousVenue()
        case .religiousSchool: IdentityPhrases.categoryReligiousSchool()
        case .grassrootsTradeUnion: IdentityPhrases.categoryGrassrootsTradeUnion()
        case .enterprise: IdentityPhrases.categoryEnterprise()
        case .individualBusiness: IdentityPhrases.categoryIndividualBusiness()
        case .farmersCooperative: IdentityPhrases.categoryFarmersCooperative()
        case .militaryPublicInstitution: IdentityPhrases.categoryMilitaryPublicInstitution()
        case .groupCollective: IdentityPhrases.categoryGroupCollective()
        case .villageCollective: IdentityPhrases.categoryVillageCollective()
        case .townshipCollective: IdentityPhrases.categoryTownshipCollective()
        case .unclassified: IdentityPhrases.categoryUnclassified()
        case .other: IdentityPhrases.categoryOther()
        }
    }
}
