import Localization

/// What a key did to the dialog stack: nothing more (stay), the dialog closed, another pushed
/// over it or put in its place, a refusal to show (the dialog stays, with what was typed), or an
/// operation for the desk to perform in its one place.
enum DialogOutcome {
    case stay
    case close
    /// Closes, with a note on the message line (not an error).
    case closeNoting(Message)
    /// Closes every dialog (a draft confirmed from the catalogue).
    case closeAll
    case push(any Dialog)
    case replace(any Dialog)
    case refuse(Message)
    case perform(DeskOperation)
}
