/// What a piece of text is in a GB/T 9704 document, which decides its face: the title, the
/// headings, and the body. Anything else (page numbers, the copy stamp) is set in the general
/// Chinese font, the Song face the standard asks for there.
public enum FontRole: String, Sendable, CaseIterable, Hashable {
    case title
    case heading
    case body
}
