/// Something drawn on a page. y grows downwards from the top of the containing item while
/// laying out, and from the top of the page once paginated; the PDF writer flips it.
enum PageElement: Sendable, Equatable {
    case text(GlyphRun)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, color: RGBColor)
    case rectangle(x: Double, y: Double, width: Double, height: Double, fill: RGBColor?, stroke: RGBColor?, lineWidth: Double)

    func moved(down dy: Double) -> PageElement {
        switch self {
        case .text(var run):
            run.baseline += dy
            return .text(run)
        case let .line(x1, y1, x2, y2, width, color):
            return .line(x1: x1, y1: y1 + dy, x2: x2, y2: y2 + dy, width: width, color: color)
        case let .rectangle(x, y, width, height, fill, stroke, lineWidth):
            return .rectangle(x: x, y: y + dy, width: width, height: height, fill: fill, stroke: stroke, lineWidth: lineWidth)
        }
    }
}
