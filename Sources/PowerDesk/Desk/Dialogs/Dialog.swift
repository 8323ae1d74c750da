import Localization

/// A dialog on the desk's stack (the shape of lazygit's controllers and Textual's modal
/// screens): its own model, one key table that dispatches its keys and draws its legend and its
/// help alike, a `draw` that changes nothing and reads no database, and an outcome for each key.
/// Anything that touches the database is an operation the desk performs (`DeskOperation`).
protocol Dialog {
    /// The one key table, as it stands now (a form's table follows the focused field).
    var keys: [Binding<DialogCommand>] { get }
    /// Whether keys outside the table are typing for the focused field (`DialogCommand.type`).
    var takesText: Bool { get }
    /// Whether closing would lose something typed or ticked, and so needs asking first.
    var hasInput: Bool { get }
    /// What a key of the table (or typing) does; pure apart from the dialog's own model.
    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome
    /// Draws the dialog over the panes.
    func draw(on screen: Screen, context: DialogContext)
}

extension Dialog {
    var takesText: Bool { false }
    var hasInput: Bool { false }

    /// The command a key asks of this dialog, or typing when the dialog takes text.
    func command(for key: Key) -> DialogCommand? {
        if let command = Binding.find(key, in: keys) { return command }
        return takesText ? .type : nil
    }
}
