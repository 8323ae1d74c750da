import Localization
import Storage
import Workflow

/// What a dialog may know while it draws or answers a key: the reader's language, the day, the
/// definitions and calendar in force, user names and the screen's size. No store: a dialog
/// reads nothing from the database.
struct DialogContext {
    let language: Language
    let today: CivilDate
    let calendar: WorkCalendar
    let active: DefinitionSet
    let userNames: [String: String]
    /// The signed-in user's posts.
    let posts: Set<String>
    let rows: Int
    let columns: Int

    /// The dialog box width used by every dialog.
    var width: Int { min(columns - 4, 84) }

    func text(_ message: Message) -> String { message.text(language) }

    func postNames(_ codes: [String]) -> String {
        codes.map { active.bureau.post($0)?.name ?? $0 }.joined(separator: "、")
    }
}
