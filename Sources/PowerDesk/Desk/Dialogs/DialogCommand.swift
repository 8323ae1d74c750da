/// What a key asks of a dialog. A dialog's key table maps keys to these; the same table draws
/// its legend and its help.
enum DialogCommand: Hashable, Sendable {
    case move
    case page
    case choose
    case close
    case next
    case previous
    case submit
    case toggle
    /// A key for the focused text field (a character, Backspace, Ctrl-O for a new line, a paste).
    case type
    case help
    case preview
    case print
    case printArchive
    case correct
    case edit
    case confirm
    case add
    case remove
    case export
    case send
}
