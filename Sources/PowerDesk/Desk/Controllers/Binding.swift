import Localization

/// A key binding as data: the keys, what they do and how the legend and help name it. The same
/// table dispatches keys, draws the legend line and lists the help screen, so they cannot
/// disagree.
struct Binding<Command: Hashable & Sendable>: Hashable, Sendable {
    let keys: [Key]
    let label: Phrase
    let command: Command
    /// Shown in the legend line (the rest only in help).
    let inLegend: Bool

    init(_ keys: [Key], _ label: Phrase, _ command: Command, legend: Bool = true) {
        self.keys = keys
        self.label = label
        self.command = command
        self.inLegend = legend
    }

    var keyText: String { keys.map(\.label).joined(separator: "/") }

    static func find(_ key: Key, in table: [Binding]) -> Command? {
        table.first { $0.keys.contains(key) }?.command
    }

    /// The legend line. When it does not fit, bindings are dropped from the middle so the last
    /// ones (help and quit) always show, and "…" before them says that help lists the rest: a
    /// key is never dropped silently.
    static func legend(_ table: [Binding], language: Language, width: Int = .max) -> StyledLine {
        let all = table.filter(\.inLegend)
        var shown = all
        func line(_ bindings: [Binding]) -> StyledLine {
            var spans = bindings.flatMap { [Span($0.keyText, .accent.with(bold: true)), Span(" " + $0.label.template(language) + "  ", .plain)] }
            if bindings.count < all.count, spans.count >= 4 { spans.insert(Span("…  ", .muted), at: spans.count - 4) }
            return spans
        }
        while shown.count > 2, line(shown).width > width {
            shown.remove(at: shown.count - 3)
        }
        return line(shown)
    }
}
