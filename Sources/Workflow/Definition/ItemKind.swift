import Localization

/// The kind of an administrative power; it decides which public information an item must publish
/// (R2) and which procedures it may use.
public enum ItemKind: String, Sendable, Codable, CaseIterable {
    case licence
    case penalty
    case enforcement
    case other

    public var displayName: Message {
        switch self {
        case .licence: DefinitionPhrases.kindLicence()
        case .penalty: DefinitionPhrases.kindPenalty()
        case .enforcement: DefinitionPhrases.kindEnforcement()
        case .other: DefinitionPhrases.kindOther()
        }
    }
}
