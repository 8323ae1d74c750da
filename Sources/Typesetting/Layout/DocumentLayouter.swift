/// The whole layout pass: blocks to lines, lines to pages, then page numbers and copy marks.
/// Pure given the fonts, so page counts come without writing any PDF.
struct DocumentLayouter: Sendable {
    let fonts: FontSet
    var geometry = PageGeometry.standard

    init(fonts: FontSet, geometry: PageGeometry = .standard) {
        self.fonts = fonts
        self.geometry = geometry
    }

    init(font: TrueTypeFont) {
        self.init(fonts: FontSet(font: font))
    }

    /// Each page's elements, y from the top of the page.
    func layout(_ document: TypesetDocument) -> [[PageElement]] {
        let shaper = TextShaper(fonts: fonts)
        let pages = Paginator(geometry: geometry).paginate(items(for: document.blocks, shaper: shaper))
        let decorator = PageDecorator(shaper: shaper, geometry: geometry)
        return pages.enumerated().map { index, elements in
            elements + decorator.decorations(
                pageNumber: index + 1, pageNumbers: document.pageNumbers, copyMark: document.copyMark,
                footer: document.pageFooter)
        }
    }

    /// The flow of items, with the ties between neighbouring blocks (see `linesKept`) set on the
    /// end of the earlier block. Blank lines between the two do not break a tie.
    func items(for blocks: [TypesetBlock], shaper: TextShaper) -> [LayoutItem] {
        let layouter = BlockLayouter(shaper: shaper, geometry: geometry)
        var items: [LayoutItem] = []
        var previous: (block: TypesetBlock, items: Range<Int>)?
        for block in blocks {
            if let previous {
                Self.keepEnd(of: previous.items, lines: Self.linesKept(before: block, after: previous.block), in: &items)
            }
            let start = items.count
            items += layouter.items(for: block)
            if block != .blank { previous = (block, start..<items.count) }
        }
        return items
    }

    /// How many of the last lines of `previous` must share a page with the start of `block`
    /// (a table counts as one line: its last row).
    /// - A signature or date (`.right`) takes the last two lines of the text before it:
    ///   GB/T 9704 does not allow the signature on a page without body text, and one lone
    ///   line above a signature reads as a leftover.
    /// - A lead-in ending in a colon ("证据如下：") introduces what follows and goes with it.
    /// - A footnote in small type right after a table goes with the table's last row.
    static func linesKept(before block: TypesetBlock, after previous: TypesetBlock) -> Int {
        switch (previous, block) {
        case (_, .right):
            return 2
        case (.table, .small):
            return 1
        case (.plain(let text), _), (.paragraph(let text), _):
            return isLeadIn(text) ? 1 : 0
        default:
            return 0
        }
    }

    /// Whether the text ends, before any trailing white space, in a full- or half-width colon.
    static func isLeadIn(_ text: String) -> Bool {
        let last = text.reversed().first { character in
            !character.isWhitespace && !character.unicodeScalars.allSatisfy(TextNormalizer.isInvisible)
        }
        return last == "：" || last == ":"
    }

    /// Marks the last `lines` lines within `range` (fewer if the block has fewer) to stay with
    /// what follows; a table in the range takes the mark itself and ends the walk.
    static func keepEnd(of range: Range<Int>, lines: Int, in items: inout [LayoutItem]) {
        var remaining = lines
        for index in range.reversed() where remaining > 0 {
            switch items[index].kind {
            case .spacing:
                continue
            case .pageBreak:
                return
            case .table:
                items[index].keepWithNext = true
                return
            case .content:
                items[index].keepWithNext = true
                remaining -= 1
            }
        }
    }
}
