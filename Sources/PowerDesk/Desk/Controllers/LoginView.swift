import Foundation
import Localization
import Storage
import Workflow

/// The login screen: user name, password (shown as dots), the storage's own words on failure,
/// including the lockout after repeated wrong passwords.
final class LoginView: DeskView {
    let store: PowerDeskStore
    let language: Language
    var user = TextField(maxLength: 64)
    var password = TextField(secret: true, maxLength: 128)
    var focusOnPassword = false
    var message: Message?
    /// The name is the Unix account's (running setgid) and cannot be changed here.
    let nameFixed: Bool

    init(store: PowerDeskStore, language: Language, user: String = "", nameFixed: Bool = false) {
        self.store = store
        self.language = language
        self.user = TextField(user, maxLength: 64)
        self.nameFixed = nameFixed && !user.isEmpty
        focusOnPassword = !user.isEmpty
    }

    func render(on screen: Screen) {
        screen.clear()
        let l = language
        screen.draw([Span(DeskPhrases.appTitle().text(l), .title)].fitted(to: screen.columns, fill: .title), row: 0)
        let width = min(60, screen.columns - 2)
        let fieldWidth = width - 14
        let userShown = user.visible(width: fieldWidth)
        let passShown = password.visible(width: fieldWidth)
        var body: [StyledLine] = [
            [],
            [Span(DisplayWidth.pad(DeskPhrases.loginUser().text(l), to: 10)), Span(DisplayWidth.pad(userShown.text, to: fieldWidth), TextStyle(underline: true))],
            [],
            [Span(DisplayWidth.pad(DeskPhrases.loginPassword().text(l), to: 10)), Span(DisplayWidth.pad(passShown.text, to: fieldWidth), TextStyle(underline: true))],
            [],
        ]
        if let message { body.append([Span(message.text(l), .danger)]) } else { body.append([]) }
        if store.database.kind != .production { body.append([Span(DeskPhrases.demoNote().text(l), .muted)]) }
        let box = Frame.box(title: DeskPhrases.loginTitle().text(l), body: body.flatMap { wrapLine($0, width - 2) }, width: width)
        let origin = Frame.center(box, width: width, on: screen)
        screen.draw([Span(DeskPhrases.loginHint().text(l), .muted)].fitted(to: screen.columns), row: screen.rows - 1)
        let fieldRow = origin.row + (focusOnPassword ? 4 : 2)
        screen.placeCursor(row: fieldRow, column: origin.column + 1 + 10 + (focusOnPassword ? passShown.cursorColumn : userShown.cursorColumn))
        screen.present()
    }

    private func wrapLine(_ line: StyledLine, _ width: Int) -> [StyledLine] {
        guard line.count == 1, line.width > width else { return [line] }
        return DisplayWidth.wrap(line[0].text, to: width).map { [Span($0, line[0].style)] }
    }

    func handle(_ key: Key) -> ViewOutcome {
        switch key {
        case .escape, .control("c"): return .quit
        case .tab, .backTab, .up, .down:
            focusOnPassword = nameFixed || !focusOnPassword
            return .stay
        case .enter:
            if !focusOnPassword {
                focusOnPassword = true
                return .stay
            }
            return submit()
        default:
            if focusOnPassword { _ = password.handle(key) } else { _ = user.handle(key) }
            return .stay
        }
    }

    private func submit() -> ViewOutcome {
        let name = user.text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !password.text.isEmpty else {
            message = DeskPhrases.loginEmpty()
            return .stay
        }
        do {
            let actor = try store.users.authenticate(name, password: password.text)
            let session = try DeskSession(store: store, actor: actor, language: language)
            return .replace(MainDeskView(session: session))
        } catch {
            message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
            password = TextField(secret: true, maxLength: 128)
            return .stay
        }
    }
}
