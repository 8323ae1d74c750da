/// What a key on the supervision board asks for.
enum BoardCommand: Hashable, Sendable {
    case up
    case down
    case left
    case right
    case drill
    case dimension
    case period
    case earlier
    case later
    case back
    case notice
    case remedy
}
