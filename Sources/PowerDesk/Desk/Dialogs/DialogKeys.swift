import Localization

/// The key tables dialogs share: a menu, a one-field dialog and a form. Each dialog returns one
/// of these (or its own) as its `keys`, so its legend, its help and its dispatch are one table.
enum DialogKeys {
    /// F1 in every dialog: its own keys, and back.
    static let help = Binding<DialogCommand>([.function(1)], DeskPhrases.keyHelp, .help)

    static let submitKeys: [Key] = [.function(10), .control("s")]

    static let menu: [Binding<DialogCommand>] = [
        Binding([.up, .down, .character("k"), .character("j")], DeskPhrases.keyMove, .move),
        Binding([.enter], DeskPhrases.keyChoose, .choose),
        Binding([.escape, .character("q")], DeskPhrases.keyClose, .close),
        help,
    ]

    /// One-field dialogs (bulk opinion, search): the field is the last, so Enter submits.
    static let singleField: [Binding<DialogCommand>] = [
        Binding([.enter] + submitKeys, DeskPhrases.keySubmit, .submit),
        Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close),
        help,
    ]

    /// A form's keys as they stand on the focused field: Enter moves on, and submits only on
    /// the last field, which is what the legend then says.
    static func form(last: Bool, multiline: Bool = false, toggle: Bool = false) -> [Binding<DialogCommand>] {
        var table: [Binding<DialogCommand>] = last
            ? [Binding([.tab], DeskPhrases.keyNextField, .next), Binding([.enter] + submitKeys, DeskPhrases.keySubmit, .submit)]
            : [Binding([.tab, .enter], DeskPhrases.keyNextField, .next), Binding(submitKeys, DeskPhrases.keySubmit, .submit)]
        // ↓ and ↑ move between fields too; help lists them, the legend has no room.
        table.append(Binding([.down], DeskPhrases.keyNextField, .next, legend: false))
        table.append(Binding([.backTab, .up], DialogPhrases.keyPreviousField, .previous, legend: false))
        if toggle { table.append(Binding([.character(" "), .left, .right], DeskPhrases.keyToggle, .toggle)) }
        if multiline { table.append(Binding([.control("o")], DeskPhrases.keyNewLine, .type)) }
        table.append(Binding([.escape, .control("c")], DeskPhrases.keyCancel, .close))
        table.append(help)
        return table
    }
}
