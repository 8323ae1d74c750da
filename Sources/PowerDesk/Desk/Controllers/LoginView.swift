import Foundation
import Localization
import Storage
import Workflow

/// The login screen: user name, password (shown as dots), the storage's own words on failure,
/// including the lockout after repeated wrong passwords. After an admin reset the password, the
/// signed-in user chooses a new one, typed twice, before the desk opens.
final class LoginView: DeskView {
    let store: PowerDeskStore
    let language: Language
    var user = TextField(maxLength: 64)
    var password = TextField(secret: true, maxLength: 128)
    var focusOnPassword = false
    var message: Message?
    /// The name is the Unix account's (running setgid) and cannot be changed here.
    let nameFixed: Bool
    /// Signed in with a password an admin reset: the new password is asked for twice.
    var changing: Actor?
    var newPassword = TextField(secret: true, maxLength: 128)
    var repeated = TextField(secret: true, maxLength: 128)
    var focusOnRepeat = false

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
        let fields: [(label: String, field: TextField)] = changing == nil
            ? [(DeskPhrases.loginUser().text(l), user), (DeskPhrases.loginPassword().text(l), password)]
            : [(AdminPhrases.loginNewPassword().text(l), newPassword), (AdminPhrases.loginRepeatPassword().text(l), repeated)]
        let shown = fields.map { $0.field.visible(width: fieldWidth) }
        var body: [StyledLine] = changing == nil ? [[]] : [[Span(AdminPhrases.loginMustChange().text(l), .muted)]]
        for (index, field) in fields.enumerated() {
            body.append([Span(DisplayWidth.pad(field.label, to: 10)), Span(DisplayWidth.pad(shown[index].text, to: fieldWidth), TextStyle(underline: true))])
            body.append([])
        }
        if let message { body.append([Span(message.text(l), .danger)]) } else { body.append([]) }
        if store.database.kind != .production {
            let accounts = DemoSeeder.accounts.map(\.id).joined(separator: " / ")
            body.append([Span(AdminPhrases.demoAccounts(accounts, DemoSeeder.password).text(l), .muted)])
        }
        let lines = body.flatMap { wrapLine($0, width - 2) }
        let box = Frame.box(title: DeskPhrases.loginTitle().text(l), body: lines, width: width)
        let origin = Frame.center(box, width: width, on: screen)
        screen.draw([Span(DeskPhrases.loginHint().text(l), .muted)].fitted(to: screen.columns), row: screen.rows - 1)
        let second = changing == nil ? focusOnPassword : focusOnRepeat
        // The box's top border, then the lines before the first field (the note may wrap).
        let fieldRow = origin.row + 1 + wrapLine(body[0], width - 2).count + (second ? 2 : 0)
        screen.placeCursor(row: fieldRow, column: origin.column + 1 + 10 + shown[second ? 1 : 0].cursorColumn)
        screen.present()
    }

    private func wrapLine(_ line: StyledLine, _ width: Int) -> [StyledLine] {
        guard line.count == 1, line.width > width else { return [line] }
        return DisplayWidth.wrap(line[0].text, to: width).map { [Span($0, line[0].style)] }
    }

    func handle(_ key: Key) -> ViewOutcome {
        if changing != nil { return handleChange(key) }
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

    /// The forced change: new password, then the same again; Enter on the second submits.
    private func handleChange(_ key: Key) -> ViewOutcome {
        switch key {
        case .escape, .control("c"): return .quit
        case .tab, .backTab, .up, .down:
            focusOnRepeat.toggle()
            return .stay
        case .enter:
            if !focusOnRepeat {
                focusOnRepeat = true
                return .stay
            }
            return submitChange()
        default:
            if focusOnRepeat { _ = repeated.handle(key) } else { _ = newPassword.handle(key) }
            return .stay
        }
    }

    private func submitChange() -> ViewOutcome {
        guard let actor = changing else { return .stay }
        defer {
            newPassword = TextField(secret: true, maxLength: 128)
            repeated = TextField(secret: true, maxLength: 128)
            focusOnRepeat = false
        }
        guard newPassword.text == repeated.text else {
            message = AdminPhrases.passwordsDiffer()
            return .stay
        }
        do {
            try store.users.changePassword(actor.userID, current: password.text, new: newPassword.text)
            password = TextField(secret: true, maxLength: 128)
            return .replace(MainDeskView(session: try DeskSession(store: store, actor: actor, language: language)))
        } catch {
            message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
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
            if try store.users.mustChangePassword(actor.userID) {
                changing = actor
                message = nil
                return .stay
            }
            let session = try DeskSession(store: store, actor: actor, language: language)
            return .replace(MainDeskView(session: session))
        } catch {
            message = (error as? StorageError)?.message ?? StoragePhrases.unexpected("\(error)")
            password = TextField(secret: true, maxLength: 128)
            return .stay
        }
    }
}
