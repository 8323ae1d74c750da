/// The GB/T 9704 page: A4, text block 156 mm × 225 mm set 37 mm from the top and 28 mm from the
/// left, body in 16 pt at 28 characters a line and 22 lines a page.
struct PageGeometry: Sendable, Equatable {
    static let millimetre = 72.0 / 25.4
    static let standard = PageGeometry()

    let width = 595.276
    let height = 841.89
    let left = 28 * millimetre
    let top = 37 * millimetre
    let textWidth = 156 * millimetre
    let textHeight = 225 * millimetre
    let bodySize = 16.0
    let charactersPerLine = 28
    let linesPerPage = 22

    /// Pen advance of one full-width character so that 28 fill the line exactly.
    var bodyAdvance: Double { textWidth / Double(charactersPerLine) }
    /// Line pitch so that 22 lines fill the text block exactly.
    var bodyLineHeight: Double { textHeight / Double(linesPerPage) }
    var right: Double { left + textWidth }
    var bottom: Double { top + textHeight }
}
