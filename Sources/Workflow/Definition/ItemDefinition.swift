/// One administrative power of the bureau (行政权力事项), as an admin writes it: the catalogue
/// entry (R1, R2), what a case of it needs (R9, R17), its time limits, its discretion standard
/// (R4) and which shared procedures it runs on.
public struct ItemDefinition: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let kind: ItemKind
    public let section: String
    public let basis: [LegalBasis]
    public let publicInfo: [PublicField]
    public let materials: [MaterialRequirement]
    public let facts: [FactField]
    /// Statutory limit (法定期限) for the whole case.
    public let statutoryLimit: TimeLimit?
    /// Promised limit (承诺期限), no longer than the statutory one.
    public let promisedLimit: TimeLimit?
    /// Procedures this item may run on; the first is the default.
    public let procedures: [String]
    public let overrides: [StepOverride]
    public let discretion: DiscretionBenchmark?
    /// Penalties: the facts the limitation (行政处罚法 Art. 36) is reckoned from. Optional so that
    /// definitions compiled before it existed still decode.
    public let limitation: LimitationRule?
    /// Penalties whose article says "构成犯罪的，依法追究刑事责任": the clause, quoted with its
    /// article, that lets the case be transferred to the judiciary (行政处罚法 Art. 27). Optional so
    /// that definitions compiled before it existed still decode.
    public let criminalTransfer: String?
    /// An application due a period before the day a fact dates (条例 Art. 42: 30日前 the activity).
    /// Optional so that definitions compiled before it existed still decode.
    public let applicationLead: AdvanceApplicationRule?
    /// The rule that excludes 行政许可法 Art. 42's extension of this item's limit (条例 Art. 42's own
    /// 15 days: 法律、法规另有规定的，依照其规定), quoted with its article; nil where it applies.
    public let noExtension: String?
    /// Facts the definition carries that no primary text confirmed: shown to admins as such.
    public let unconfirmed: [String]
    /// Kept off the public site, with its basis; nil for every item the public may see.
    public let secrecy: SecrecyMark?
    public let location: SourceLocation
    public let fieldLocations: [String: SourceLocation]

    public init(
        code: String, name: String, kind: ItemKind, section: String, basis: [LegalBasis],
        publicInfo: [PublicField], materials: [MaterialRequirement], facts: [FactField],
        statutoryLimit: TimeLimit?, promisedLimit: TimeLimit?, procedures: [String],
        overrides: [StepOverride], discretion: DiscretionBenchmark?, limitation: LimitationRule? = nil, unconfirmed: [String],
        location: SourceLocation, fieldLocations: [String: SourceLocation] = [:], criminalTransfer: String? = nil, secrecy: SecrecyMark? = nil,
        applicationLead: AdvanceApplicationRule? = nil, noExtension: String? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.section = section
        self.basis = basis
        self.publicInfo = publicInfo
        self.materials = materials
        self.facts = facts
        self.statutoryLimit = statutoryLimit
        self.promisedLimit = promisedLimit
        self.procedures = procedures
        self.overrides = overrides
        self.discretion = discretion
        self.limitation = limitation
        self.criminalTransfer = criminalTransfer
        self.applicationLead = applicationLead
        self.noExtension = noExtension
        self.unconfirmed = unconfirmed
        self.secrecy = secrecy
        self.location = location
        self.fieldLocations = fieldLocations
    }

    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }

    public func material(_ code: String) -> MaterialRequirement? { materials.first { $0.code == code } }
    public func fact(_ code: String) -> FactField? { facts.first { $0.code == code } }
}
