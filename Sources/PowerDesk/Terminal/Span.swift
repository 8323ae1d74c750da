import Localization

/// A run of text in one style; a line of a pane is a list of spans.
struct Span: Hashable, Sendable {
    var text: String
    var style: TextStyle

    init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }

    var width: Int { DisplayWidth.of(text) }
}

/// One line of a pane.
typealias StyledLine = [Span]

extension Array where Element == Span {
    var width: Int { reduce(0) { $0 + $1.width } }

    /// Cut to `width` columns (the last kept span ending in "…" when cut) and padded with spaces in
    /// `fill` style, so a row always covers its whole width.
    func fitted(to width: Int, fill: TextStyle = .plain) -> StyledLine {
        var out: StyledLine = []
        var used = 0
        for span in self {
            let room = width - used
            if room <= 0 { break }
            if span.width <= room {
                out.append(span)
                used += span.width
            } else {
                let cut = DisplayWidth.truncate(span.text, to: room)
                out.append(Span(cut, span.style))
                used += DisplayWidth.of(cut)
                break
            }
        }
        if used < width { out.append(Span(String(repeating: " ", count: width - used), fill)) }
        return out
    }
}
