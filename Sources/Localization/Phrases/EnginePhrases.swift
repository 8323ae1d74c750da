/// Phrases of the case engine: rejections a clerk can act on, and names of operations.
public enum EnginePhrases {
    public static let all: [Phrase] = []
}
