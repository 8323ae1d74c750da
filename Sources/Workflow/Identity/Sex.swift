import Localization

/// Sex as recorded in a resident ID: the 17th digit is odd for men and even for women.
public enum Sex: String, Sendable, Codable, CaseIterable {
    case male
    case female

    public var displayName: Message {
        switch self {
        case .male: IdentityPhrases.sexMale()
        case .female: IdentityPhrases.sexFemale()
        }
    }
}
