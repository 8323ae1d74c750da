/// A vertical slice of the flow the paginator places whole: one line of text, a blank line, a
/// rule, a table (which the paginator may split by rows), or a forced page break.
struct LayoutItem: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case content
        /// Empty space; dropped when it would open a page the flow spilled onto.
        case spacing
        case table(TableLayout)
        case pageBreak
    }

    var kind: Kind
    var height: Double
    /// Positioned relative to the item's top.
    var elements: [PageElement]
    /// Must share a page with the next item (title lines, a heading and its first body line,
    /// the ends of a wrapped block). On a table: its last row must share a page with what follows.
    var keepWithNext = false

    static let pageBreak = LayoutItem(kind: .pageBreak, height: 0, elements: [])

    static func spacing(_ height: Double) -> LayoutItem {
        LayoutItem(kind: .spacing, height: height, elements: [])
    }
}
