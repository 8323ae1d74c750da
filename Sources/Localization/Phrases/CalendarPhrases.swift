/// Phrases of the calendar area.
public enum CalendarPhrases {
    public static let all: [Phrase] = []
}
