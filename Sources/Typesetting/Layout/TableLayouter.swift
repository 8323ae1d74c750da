/// Breaks every cell of a table into lines at the table's size and fixes the column edges. A
/// "\n" in a cell starts a new line within it, so empty lines can make a row taller (room for a
/// signature or a date).
/// Odd input (no weights, negative or NaN weights, ragged rows, an absurd font size) is
/// evened out rather than refused: a table should always print.
struct TableLayouter: Sendable {
    let shaper: TextShaper
    let geometry: PageGeometry

    func layout(_ table: TypesetTable) -> TableLayout {
        let size = table.fontSize.isFinite ? min(max(table.fontSize, 5), 36) : 12
        let bodyStyle = TextStyle(size: size, gridAdvance: nil, lineHeight: size * 1.45, role: .body)
        var headerStyle = bodyStyle
        headerStyle.bold = true
        let columnCount = max(1, table.columnWidths.count, table.header?.count ?? 0, table.rows.map(\.count).max() ?? 0)
        let edges = Self.edges(weights: table.columnWidths, columns: columnCount, left: geometry.left, width: geometry.textWidth)
        // The same air on all four sides as above and below the text (`padding`): a quarter of
        // the size, so a two-character label such as "序号" keeps to one line in a column
        // 2 × size + 6 pt wide at 12 pt, as the archive's narrow columns are.
        let padding = size * Self.paddingShare
        let inset = padding
        let blocks = BlockLayouter(shaper: shaper, geometry: geometry)

        func row(_ texts: [String], style: TextStyle, alignment: LineAlignment) -> TableRowLayout {
            var cells: [[GlyphRun]] = []
            for column in 0..<columnCount {
                let text = column < texts.count ? texts[column] : ""
                let left = edges[column] + inset
                let width = max(1, edges[column + 1] - edges[column] - 2 * inset)
                let runs = blocks.lines(text, style: style, alignment: alignment, left: left, width: width)
                cells.append(runs.count == 1 && runs[0].characters.isEmpty ? [] : runs)
            }
            return TableRowLayout(cells: cells)
        }

        return TableLayout(
            edges: edges,
            header: table.header.map { row($0, style: headerStyle, alignment: .center) },
            rows: table.rows.map { row($0, style: bodyStyle, alignment: .left) },
            lineHeight: bodyStyle.lineHeight,
            padding: padding)
    }

    /// Cell padding on every side, as a share of the table's font size.
    static let paddingShare = 0.25

    /// Column edges from relative weights; unusable weights share the width equally.
    static func edges(weights: [Double], columns: Int, left: Double, width: Double) -> [Double] {
        var cleaned = (0..<columns).map { index in
            index < weights.count && weights[index].isFinite && weights[index] > 0 ? weights[index] : 0
        }
        let known = cleaned.filter { $0 > 0 }
        let fallback = known.isEmpty ? 1 : known.reduce(0, +) / Double(known.count)
        cleaned = cleaned.map { $0 > 0 ? $0 : fallback }
        let total = cleaned.reduce(0, +)
        var edges = [left]
        var x = left
        for weight in cleaned {
            x += width * weight / total
            edges.append(x)
        }
        edges[edges.count - 1] = left + width
        return edges
    }
}
