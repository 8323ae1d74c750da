/// What a page's content stream needs of one embedded face: its resource name (/F1, /F2, ...),
/// the code of each character, and the width the font dictionary declares for each code.
struct FontResource: Sendable {
    let name: String
    let codes: CIDAssignment
    /// Glyph-space width (per 1000 em) by code.
    let widths: [UInt16: Double]
}
