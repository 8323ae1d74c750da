/// Phrases of the typesetting area: fonts and PDF output.
public enum TypesettingPhrases {
    public static var all: [Phrase] { [] }
}
