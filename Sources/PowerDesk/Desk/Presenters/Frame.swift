import Localization

/// Boxes drawn with line characters (never the `lqqk` of an ACS fallback), for dialogs and
/// overlays over the panes.
enum Frame {
    static func box(title: String, body: [StyledLine], width: Int) -> [StyledLine] {
        let inner = max(2, width - 2)
        let titleText = DisplayWidth.truncate(title, to: inner - 2)
        let top = "┌─" + titleText + String(repeating: "─", count: max(0, inner - 1 - DisplayWidth.of(titleText))) + "┐"
        var out: [StyledLine] = [[Span(top, .heading)]]
        for line in body {
            out.append([Span("│", .heading)] + line.fitted(to: inner) + [Span("│", .heading)])
        }
        out.append([Span("└" + String(repeating: "─", count: inner) + "┘", .heading)])
        return out
    }

    /// Draws lines centred on the screen; returns the top-left corner used.
    @discardableResult
    static func center(_ lines: [StyledLine], width: Int, on screen: Screen) -> (row: Int, column: Int) {
        let row = max(0, (screen.rows - lines.count) / 2)
        let column = max(0, (screen.columns - width) / 2)
        for (index, line) in lines.enumerated() where row + index < screen.rows {
            screen.draw(line, row: row + index, column: column, width: width)
        }
        return (row, column)
    }

    /// A dialog's body in a centred box, taller than `budget` rows scrolled so the focused row
    /// (and the one above it) shows, the text cursor placed where it is visible.
    static func scrolled(title: String, body: [StyledLine], focusRow: Int, cursor: (row: Int, column: Int)?, budget: Int,
                         width: Int, on screen: Screen) {
        let start = body.count > budget ? max(0, min(focusRow - 1, body.count - budget)) : 0
        let origin = center(box(title: title, body: Array(body.dropFirst(start).prefix(budget)), width: width), width: width, on: screen)
        if let cursor, cursor.row >= start, cursor.row < start + budget {
            screen.placeCursor(row: origin.row + 1 + cursor.row - start, column: origin.column + 1 + cursor.column)
        }
    }
}
