/// A key press as the desk understands it, independent of curses.
enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    case function(Int)
    case resize
    /// Text the terminal delivered as one bracketed paste: it goes into the focused field whole,
    /// line breaks included, and is never read as keys (a pasted "x\nq" neither submits nor quits).
    case paste(String)
    /// A key the desk has no use for (a mouse event, F13): ignored, but not a terminal failure.
    case unknown

    /// How the key is written in the legend and the help screen.
    var label: String {
        switch self {
        case let .character(c): c == " " ? "Space" : String(c)
        case let .control(c): "Ctrl-\(c.uppercased())"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case let .function(n): "F\(n)"
        case .resize: "Resize"
        case .paste: "Paste"
        case .unknown: "?"
        }
    }
}
