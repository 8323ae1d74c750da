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

    /// The legend line. When it does not fit, each binding but the last two first shows fewer of
    /// its keys (help lists them all); then bindings are dropped from the middle so the last ones
    /// (help and quit) always show, and "…" before them (help, `?`) says that help lists the
    /// rest: a key is never dropped silently.
    static func legend(_ table: [Binding], language: Language, width: Int = .max) -> StyledLine {
        let all = table.filter(\.inLegend)
        func line(_ bindings: [Binding], keys: Int) -> StyledLine {
            // The last two (help and quit, or cancel and help) keep all their keys.
            var spans = bindings.enumerated().flatMap { index, binding in
                let shown = index >= bindings.count - 2 ? binding.keys : Array(binding.keys.prefix(keys))
                return [Span(shown.map(\.label).joined(separator: "/"), .accent.with(bold: true)),
                        Span(" " + binding.label.template(language) + "  ", .plain)]
            }
            if bindings.count < all.count, spans.count >= 4 { spans.insert(Span("…  ", .muted), at: spans.count - 4) }
            return spans
        }
        for keys in [Int.max, 2, 1] where line(all, keys: keys).width <= width {
            return line(all, keys: keys)
        }
        var shown = all
        while shown.count > 2, line(shown, keys: 1).width > width {
            shown.remove(at: shown.count - 3)
        }
        return line(shown, keys: 1)
    }

    /// The help screen's lines for a table: one line per meaning (↑/k and ↓/j both move), the
    /// keys of each meaning together.
    static func helpLines(_ table: [Binding], language: Language, keyWidth: Int = 22) -> [StyledLine] {
        var labels: [Phrase] = []
        var keys: [Phrase: [String]] = [:]
        for binding in table {
            if keys[binding.label] == nil { labels.append(binding.label) }
            keys[binding.label, default: []].append(binding.keyText)
        }
        return labels.map { label in
            // The search key is itself "/": its twin is set apart by spaces, not by another "/".
            let texts = keys[label, default: []]
            let joined = texts.joined(separator: texts.contains("/") ? "  " : "/")
            return [Span(DisplayWidth.pad(joined, to: keyWidth), .accent), Span(label.template(language))]
        }
    }
}
