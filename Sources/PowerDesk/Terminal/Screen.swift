/// The seam between the desk and the terminal: the curses screen in production, an in-memory
/// grid of cells in tests and benchmarks.
protocol Screen: AnyObject {
    var rows: Int { get }
    var columns: Int { get }
    func clear()
    /// Writes a line at a position, clipped to `width` columns; text is sanitised on the way.
    func draw(_ line: StyledLine, row: Int, column: Int, width: Int)
    /// Where the text cursor should blink (a text field), or nil to hide it.
    func placeCursor(row: Int, column: Int)
    func hideCursor()
    func present()
    /// Makes the next `present` repaint the whole terminal: after a dialog closes, the cells it
    /// covered (half of a Chinese character among them) are drawn again, not trusted.
    func invalidate()
    /// Gives the terminal to another program (the admin's editor) and takes it back after.
    func runOutside(_ body: () -> Int32) -> Int32
}

extension Screen {
    func draw(_ line: StyledLine, row: Int) {
        draw(line, row: row, column: 0, width: columns)
    }
}
