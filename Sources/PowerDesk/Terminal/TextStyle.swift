/// How a run of text looks. Colour is a role, not a colour: the curses screen maps roles to
/// colour pairs when the terminal has colour and NO_COLOR is unset, and to bold/dim/reverse
/// otherwise, so every meaning survives on a monochrome terminal.
struct TextStyle: Hashable, Sendable {
    enum Role: Int, Sendable, CaseIterable {
        case plain = 0
        case title = 1
        case warning = 2
        case danger = 3
        case success = 4
        case accent = 5
        case muted = 6
    }

    var role: Role = .plain
    var bold = false
    var reverse = false
    var underline = false

    static let plain = TextStyle()
    static let title = TextStyle(role: .title, bold: true, reverse: true)
    static let selected = TextStyle(reverse: true)
    static let heading = TextStyle(bold: true)
    static let warning = TextStyle(role: .warning, bold: true)
    static let danger = TextStyle(role: .danger, bold: true)
    static let success = TextStyle(role: .success)
    static let accent = TextStyle(role: .accent)
    static let muted = TextStyle(role: .muted)

    func with(reverse: Bool) -> TextStyle {
        var copy = self
        copy.reverse = reverse
        return copy
    }

    func with(bold: Bool) -> TextStyle {
        var copy = self
        copy.bold = bold
        return copy
    }
}
