/// Where a line sits within its measure.
enum LineAlignment: Sendable, Equatable {
    case left
    case center
    case right
}
