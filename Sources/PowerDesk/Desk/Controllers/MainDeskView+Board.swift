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
}
