/// Lays a bar chart out as one line per bar (label, filled bar, value), each a layout item the
/// paginator may place on its own, so a long chart splits across pages between bars.
struct BarChartLayouter: Sendable {
    let block: BlockLayouter

    static let fill = RGBColor(red: 0.25, green: 0.45, blue: 0.7)
    static let labelShare = 0.32
    static let valueShare = 0.14

    func items(_ chart: TypesetBarChart) -> [LayoutItem] {
        let geometry = block.geometry
        let style = TextStyle(size: 10.5, gridAdvance: nil, lineHeight: 10.5 * 1.8, role: .body)
        let labelWidth = geometry.textWidth * Self.labelShare
        let valueWidth = geometry.textWidth * Self.valueShare
        let barLeft = geometry.left + labelWidth
        let barWidth = geometry.textWidth - labelWidth - valueWidth
        let largest = chart.maximum ?? chart.bars.map(\.value).max() ?? 0
        var items: [LayoutItem] = [.spacing(geometry.bodyLineHeight / 2)]
        for bar in chart.bars {
            var elements: [PageElement] = []
            // The label's first line only: a chart row is one line high.
            if let label = block.lines(bar.label, style: style, alignment: .left, left: geometry.left, width: labelWidth - 6).first {
                elements.append(.text(label))
            }
            let share = largest > 0 ? min(1, max(0, bar.value / largest)) : 0
            if share > 0 {
                elements.append(.rectangle(x: barLeft, y: style.lineHeight * 0.2, width: max(0.5, barWidth * share),
                                           height: style.lineHeight * 0.6, fill: Self.fill, stroke: nil, lineWidth: 0))
            }
            let valueLeft = barLeft + barWidth * share + 4
            if let value = block.lines(bar.valueText, style: style, alignment: .left, left: valueLeft, width: valueWidth + barWidth * (1 - share)).first {
                elements.append(.text(value))
            }
            items.append(LayoutItem(kind: .content, height: style.lineHeight, elements: elements))
        }
        items.append(.spacing(geometry.bodyLineHeight / 2))
        return items
    }
}
