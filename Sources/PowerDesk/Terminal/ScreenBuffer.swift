import Localization

/// An in-memory screen: a grid of cells with styles. Panes are tested against it cell by cell,
/// and the benchmark renders into it, with no terminal involved.
final class ScreenBuffer: Screen {
    private(set) var rows: Int
    private(set) var columns: Int
    private(set) var cells: [[Cell]]
    private(set) var cursor: (row: Int, column: Int)?
    private(set) var presentCount = 0

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: Cell(), count: columns), count: rows)
    }

    func resize(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        clear()
    }

    func clear() {
        cells = Array(repeating: Array(repeating: Cell(), count: columns), count: rows)
    }

    func draw(_ line: StyledLine, row: Int, column: Int, width: Int) {
        guard row >= 0, row < rows, column >= 0 else { return }
        let limit = min(columns, column + width)
        var x = column
        for span in line {
            for character in TerminalText.sanitize(span.text) {
                let w = DisplayWidth.of(String(character))
                if w == 0 { continue }
                if x + w > limit {
                    // A wide character that would straddle the edge is not split.
                    while x < limit { cells[row][x] = Cell(text: " ", style: span.style); x += 1 }
                    return
                }
                put(Cell(text: String(character), style: span.style), row: row, column: x)
                if w == 2 { put(Cell(text: "", style: span.style, isContinuation: true), row: row, column: x + 1) }
                x += w
            }
        }
    }

    /// Writes one cell as a terminal does: a cell written over half of a wide character blanks
    /// the other half, so a dialog's border over 待 leaves a space, not half a character.
    private func put(_ cell: Cell, row: Int, column: Int) {
        let old = cells[row][column]
        if old.isContinuation, !cell.isContinuation, column > 0 { cells[row][column - 1] = Cell(text: " ", style: cells[row][column - 1].style) }
        if !old.isContinuation, DisplayWidth.of(old.text) == 2, column + 1 < columns, cells[row][column + 1].isContinuation {
            cells[row][column + 1] = Cell(text: " ", style: old.style)
        }
        cells[row][column] = cell
    }

    func placeCursor(row: Int, column: Int) { cursor = (row, column) }
    func hideCursor() { cursor = nil }
    func present() { presentCount += 1 }

    /// Every frame is drawn whole into the buffer; there is nothing to repaint.
    func invalidate() {}
    func runOutside(_ body: () -> Int32) -> Int32 { body() }

    /// The text of a row as a terminal would show it (continuation cells add nothing).
    func text(row: Int) -> String {
        cells[row].map(\.text).joined()
    }

    /// All rows, trailing spaces removed: what `tmux capture-pane -p` would give.
    var lines: [String] {
        (0..<rows).map { row in
            var line = text(row: row)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The column at which `needle` starts on a row, counted in display columns.
    func column(of needle: String, row: Int) -> Int? {
        var column = 0
        var text = ""
        var starts: [Int] = []
        for cell in cells[row] where !cell.isContinuation {
            starts.append(column)
            text += cell.text
            column += DisplayWidth.of(cell.text)
        }
        guard let range = text.range(of: needle) else { return nil }
        let index = text.distance(from: text.startIndex, to: range.lowerBound)
        return index < starts.count ? starts[index] : nil
    }

    func style(row: Int, column: Int) -> TextStyle { cells[row][column].style }
}
