/// One table row with its cells broken into lines.
struct TableRowLayout: Sendable, Equatable {
    /// Per column, the cell's lines; each run's baseline is relative to the top of its line.
    var cells: [[GlyphRun]]
    /// Lines the row spans: its tallest cell, at least one.
    var lineCount: Int { max(1, cells.map(\.count).max() ?? 1) }
}
