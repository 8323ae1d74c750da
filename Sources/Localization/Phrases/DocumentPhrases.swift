/// Phrases of the documents area: templates, rendering, printing and archives.
public enum DocumentPhrases {
    public static var all: [Phrase] { [] }
}
