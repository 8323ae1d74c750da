/// Turns each block into lines (and rules, blank lines, tables) with GB/T 9704 styles; the
/// paginator then decides where they fall. Text that wraps to several lines comes out under
/// widow and orphan control (see `keepingEnds`), so no line of it is ever alone on a page.
struct BlockLayouter: Sendable {
    let shaper: TextShaper
    let geometry: PageGeometry

    /// The widest gap justification may add, as a fraction of the size. Wider gaps read as
    /// spaces (and pdftotext would extract them as such), so such a line stays ragged.
    static let maximumStretch = 0.08

    var bodyStyle: TextStyle {
        TextStyle(
            size: geometry.bodySize, gridAdvance: geometry.bodyAdvance, lineHeight: geometry.bodyLineHeight, role: .body)
    }

    /// Emboldened by stroking only in the general font: 小标宋 is heavy by itself.
    var titleStyle: TextStyle {
        TextStyle(
            size: 22, gridAdvance: nil, lineHeight: geometry.bodyLineHeight * 1.2,
            bold: !shaper.fonts.hasOwnFace(.title), role: .title)
    }

    /// Emboldened by stroking only in the general font: 黑体 and 楷体 stand out by themselves.
    var headingStyle: TextStyle {
        var style = bodyStyle
        style.role = .heading
        style.bold = !shaper.fonts.hasOwnFace(.heading)
        return style
    }

    var smallStyle: TextStyle {
        TextStyle(size: 10.5, gridAdvance: nil, lineHeight: 10.5 * 1.6, role: .body)
    }

    func items(for block: TypesetBlock) -> [LayoutItem] {
        switch block {
        case .title(let text):
            return lines(text, style: titleStyle, alignment: .center).map { item(for: $0, style: titleStyle, keep: true) }
        case .centered(let text):
            return lines(text, style: bodyStyle, alignment: .center).map { item(for: $0, style: bodyStyle) }
        case .heading(let text):
            // Every line is kept with the next, so a heading is whole and never a widow or orphan.
            return lines(text, style: headingStyle, alignment: .left).map { item(for: $0, style: headingStyle, keep: true) }
        case .paragraph(let text):
            // Each hard-broken piece is a paragraph of its own: a one-line one may end a page.
            return paragraphs(text).flatMap { paragraph in
                Self.keepingEnds(
                    lines(paragraph, style: bodyStyle, alignment: .left, firstIndent: 2 * geometry.bodyAdvance, justify: true)
                        .map { item(for: $0, style: bodyStyle) })
            }
        case .plain(let text):
            return flushLeftItems(text, style: bodyStyle)
        case .right(let text):
            return lines(text, style: bodyStyle, alignment: .right, rightIndent: 4 * geometry.bodyAdvance)
                .map { item(for: $0, style: bodyStyle) }
        case .blank:
            return [.spacing(geometry.bodyLineHeight)]
        case .rule:
            let height = geometry.bodyLineHeight / 2
            let rule = PageElement.line(
                x1: geometry.left, y1: height / 2, x2: geometry.right, y2: height / 2, width: 0.5, color: .black)
            return [LayoutItem(kind: .content, height: height, elements: [rule])]
        case .table(let table):
            // Half a line of air above and below, so the grid does not touch the text.
            let layout = TableLayouter(shaper: shaper, geometry: geometry).layout(table)
            let air = LayoutItem.spacing(geometry.bodyLineHeight / 2)
            return [air, LayoutItem(kind: .table(layout), height: 0, elements: []), air]
        case .small(let text):
            return flushLeftItems(text, style: smallStyle)
        case .barChart(let chart):
            return BarChartLayouter(block: self).items(chart)
        case .pageBreak:
            return [.pageBreak]
        }
    }

    /// A flush-left block's lines, kept at both ends within each hard-broken piece (a wrapped
    /// entry of a list) and across the whole block (its first and last lines, e.g. of
    /// "当事人：…\n住址：…").
    private func flushLeftItems(_ text: String, style: TextStyle) -> [LayoutItem] {
        let pieces = pieceLines(text, style: style, alignment: .left, justify: true)
        return Self.keepingEnds(pieces.flatMap { piece in Self.keepingEnds(piece.map { item(for: $0, style: style) }) })
    }

    /// Widow and orphan control: the first line is kept with the second and the next-to-last
    /// with the last, so a page never ends on a block's first line alone nor starts with its
    /// last line alone. Two or three lines therefore move whole; longer blocks split with at
    /// least two lines on each side. Flags already set stay set.
    static func keepingEnds(_ items: [LayoutItem]) -> [LayoutItem] {
        guard items.count >= 2 else { return items }
        var items = items
        items[0].keepWithNext = true
        items[items.count - 2].keepWithNext = true
        return items
    }

    /// Paragraph text split at hard line breaks, each piece without the spaces an author may
    /// have typed as an indent (the layout indents by itself, so they would double it).
    func paragraphs(_ text: String) -> [String] {
        TextNormalizer.normalize(text).split(separator: "\n", omittingEmptySubsequences: false).map { piece in
            String(piece.drop(while: LineBreakRules.isSpace).reversed().drop(while: LineBreakRules.isSpace).reversed())
        }
    }

    /// Every line of `text` (hard breaks kept, each piece wrapped) positioned within the text
    /// block; baselines are relative to each line's top.
    func lines(
        _ text: String, style: TextStyle, alignment: LineAlignment, firstIndent: Double = 0, rightIndent: Double = 0,
        justify: Bool = false, left: Double? = nil, width: Double? = nil
    ) -> [GlyphRun] {
        pieceLines(
            text, style: style, alignment: alignment, firstIndent: firstIndent, rightIndent: rightIndent, justify: justify,
            left: left, width: width
        ).flatMap { $0 }
    }

    /// The lines of `text` grouped by hard-broken piece (an empty piece is one empty line).
    func pieceLines(
        _ text: String, style: TextStyle, alignment: LineAlignment, firstIndent: Double = 0, rightIndent: Double = 0,
        justify: Bool = false, left: Double? = nil, width: Double? = nil
    ) -> [[GlyphRun]] {
        let left = left ?? geometry.left
        let width = max(1, (width ?? geometry.textWidth) - rightIndent)
        var pieces: [[GlyphRun]] = []
        for piece in TextNormalizer.normalize(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var runs: [GlyphRun] = []
            let shaped = shaper.shape(String(piece), style: style)
            let characters = shaped.map(\.character)
            let advances = shaped.map(\.advance)
            let ranges = LineBreaker.breakLines(
                characters, advances: advances, firstWidth: max(0, width - firstIndent), width: width)
            for (index, range) in ranges.enumerated() {
                let indent = index == 0 ? firstIndent : 0
                let measure = width - indent
                let isLast = index == ranges.count - 1
                let offsets = LineJustifier.offsets(
                    characters[range], advances: advances[range],
                    justifyTo: justify && !isLast ? measure : nil, maximumStretch: style.size * Self.maximumStretch)
                var run = GlyphRun(
                    x: left + indent, baseline: shaper.baselineOffset(style), size: style.size,
                    characters: Array(shaped[range]), offsets: offsets, bold: style.bold)
                switch alignment {
                case .left: break
                case .center: run.x = left + (width - run.width) / 2
                case .right: run.x = left + width - run.width
                }
                runs.append(run)
            }
            pieces.append(runs)
        }
        return pieces
    }

    private func item(for run: GlyphRun, style: TextStyle, keep: Bool = false) -> LayoutItem {
        LayoutItem(
            kind: .content, height: style.lineHeight, elements: run.characters.isEmpty ? [] : [.text(run)],
            keepWithNext: keep)
    }
}
