/// The whole layout pass: blocks to lines, lines to pages, then page numbers and copy marks.
/// Pure given the font, so page counts come without writing any PDF.
struct DocumentLayouter: Sendable {
    let font: TrueTypeFont
    var geometry = PageGeometry.standard

    /// Each page's elements, y from the top of the page.
    func layout(_ document: TypesetDocument) -> [[PageElement]] {
        let shaper = TextShaper(font: font)
        let pages = Paginator(geometry: geometry).paginate(items(for: document.blocks, shaper: shaper))
        let decorator = PageDecorator(shaper: shaper, geometry: geometry)
        return pages.enumerated().map { index, elements in
            elements + decorator.decorations(
                pageNumber: index + 1, pageNumbers: document.pageNumbers, copyMark: document.copyMark)
        }
    }

    /// The flow of items. A right-aligned block (signature, date) is tied to the line before it:
    /// GB/T 9704 does not allow a signature to stand on a page with no body text.
    func items(for blocks: [TypesetBlock], shaper: TextShaper) -> [LayoutItem] {
        let layouter = BlockLayouter(shaper: shaper, geometry: geometry)
        var items: [LayoutItem] = []
        for block in blocks {
            if case .right = block, let previous = items.lastIndex(where: { $0.kind != .spacing }),
               items[previous].kind == .content {
                items[previous].keepWithNext = true
            }
            items += layouter.items(for: block)
        }
        return items
    }
}
