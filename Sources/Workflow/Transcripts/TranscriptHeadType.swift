/// How a transcript head is typed and checked: a moment (YYYY-MM-DD HH:MM), an identity number
/// (checked as the party's are), or free text.
public enum TranscriptHeadType: String, Sendable, CaseIterable, Codable {
    case time
    case identity
    case text
}
