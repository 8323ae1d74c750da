import Localization
import Storage

/// Opening the admin's users and posts. The store checks that the actor is an admin; the desk
/// only saves a wasted trip.
extension MainDeskView {
    func openUsers() {
        guard isAdmin else {
            message = (session.text(DeskPhrases.notAdminUsers()), true)
            return
        }
        do {
            dialogs.append(UsersDialog(list: try session.store.users.all()))
        } catch {
            report(error)
        }
    }
}
