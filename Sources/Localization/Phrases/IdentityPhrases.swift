/// Phrases of the identity area.
public enum IdentityPhrases {
    public static let all: [Phrase] = []
}
