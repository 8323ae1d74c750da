import Foundation

/// The marks every page carries outside the text block: the GB/T 9704 page number and, on a
/// reprint, the red copy stamp.
struct PageDecorator: Sendable {
    let shaper: TextShaper
    let geometry: PageGeometry

    static let pageNumberSize = 14.0
    /// GB/T 9704: the page number line sits 7 mm below the text block.
    static let pageNumberGap = 7 * PageGeometry.millimetre
    static let stampTop = 13 * PageGeometry.millimetre
    static let stampSize = 16.0

    /// A page footer sits under the page number, inside the 35 mm below the text block.
    static let footerGap = 17 * PageGeometry.millimetre
    static let footerSize = 12.0

    func decorations(pageNumber: Int, pageNumbers: Bool, copyMark: String?, footer: String? = nil) -> [PageElement] {
        var elements: [PageElement] = []
        if pageNumbers {
            let style = TextStyle(size: Self.pageNumberSize, gridAdvance: nil, lineHeight: Self.pageNumberSize)
            let blocks = BlockLayouter(shaper: shaper, geometry: geometry)
            for var run in blocks.lines("— \(pageNumber) —", style: style, alignment: .center) {
                run.baseline += geometry.bottom + Self.pageNumberGap
                elements.append(.text(run))
            }
        }
        if let footer, !footer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let style = TextStyle(size: Self.footerSize, gridAdvance: nil, lineHeight: Self.footerSize)
            let blocks = BlockLayouter(shaper: shaper, geometry: geometry)
            for var run in blocks.lines(footer, style: style, alignment: .left).prefix(1) {
                run.baseline += geometry.bottom + Self.footerGap
                elements.append(.text(run))
            }
        }
        if let copyMark, !copyMark.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            elements += stamp(copyMark)
        }
        return elements
    }

    /// The copy mark in red inside a red frame, its right edge on the text block's right edge.
    private func stamp(_ text: String) -> [PageElement] {
        let style = TextStyle(size: Self.stampSize, gridAdvance: nil, lineHeight: Self.stampSize * 1.5, bold: true)
        let oneLine = TextNormalizer.normalize(text).replacingOccurrences(of: "\n", with: " ")
        var run = GlyphRun(
            x: 0, baseline: Self.stampTop + shaper.baselineOffset(style), size: style.size,
            characters: shaper.shape(oneLine, style: style), offsets: [], color: .stampRed, bold: true)
        run.offsets = LineJustifier.offsets(
            run.characters.map(\.character)[...], advances: run.characters.map(\.advance)[...],
            justifyTo: nil, maximumStretch: 0)
        let inset = style.size * 0.5
        let width = run.width + 2 * inset
        let boxLeft = geometry.right - width
        run.x = boxLeft + inset
        let frame = PageElement.rectangle(
            x: boxLeft, y: Self.stampTop, width: width, height: style.lineHeight,
            fill: nil, stroke: .stampRed, lineWidth: 1.5)
        return [frame, .text(run)]
    }
}
