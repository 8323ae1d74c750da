/// A table with every cell already broken into lines; the paginator cuts rows between lines
/// when a row does not fit and repeats the header on the next page.
struct TableLayout: Sendable, Equatable {
    /// Column edges from left to right (one more than the columns).
    var edges: [Double]
    var header: TableRowLayout?
    var rows: [TableRowLayout]
    var lineHeight: Double
    var padding: Double
    let ruleWidth = 0.5

    func height(lines: Int) -> Double { Double(lines) * lineHeight + 2 * padding }

    /// Lines `lines` of a row drawn as one band of cells, positioned relative to the band's top.
    func band(_ row: TableRowLayout, lines: Range<Int>, isHeader: Bool) -> (height: Double, elements: [PageElement]) {
        let height = height(lines: lines.count)
        var elements: [PageElement] = []
        for column in 0..<(edges.count - 1) {
            elements.append(.rectangle(
                x: edges[column], y: 0, width: edges[column + 1] - edges[column], height: height,
                fill: isHeader ? .headerFill : nil, stroke: .black, lineWidth: ruleWidth))
        }
        for (column, cell) in row.cells.enumerated() where column < edges.count - 1 {
            for index in lines where index < cell.count {
                var run = cell[index]
                run.baseline += padding + Double(index - lines.lowerBound) * lineHeight
                elements.append(.text(run))
            }
        }
        return (height, elements)
    }
}
