import Localization
import Storage

/// Opening the supervision board (issue 15) from the desk.
extension MainDeskView {
    /// The board, or nil with the store's refusal on the message line (the store decides who may
    /// see it; the desk only asks).
    func openBoard() -> DeskView? {
        do {
            screen?.invalidate()
            return try BoardView(session: session, returningTo: self)
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
            return nil
        }
    }

    /// R11: the signed-in officer's yellow and red cases, for the message line at sign-in; nil
    /// when there are none (or they cannot be read: the desk opens anyway).
    func signInReminder() -> (text: String, isError: Bool)? {
        guard let counts = try? session.store.supervision.reminder(session.filter(.todo, search: "")),
              counts.yellow + counts.red + counts.escalated > 0
        else { return nil }
        var text = session.text(SupervisionPhrases.signInReminder(counts.yellow, counts.red))
        if counts.escalated > 0 { text += session.text(SupervisionPhrases.escalatedReminder(counts.escalated)) }
        return (text, counts.red + counts.escalated > 0)
    }
}
