import Localization
import Storage
import Workflow

/// The admin's users and posts: the list, and a form to add a user. Storage checks that the actor
/// is an admin; the screen only saves a wasted trip.
extension MainDeskView {
    func openUsers() {
        guard isAdmin else {
            message = (session.text(DeskPhrases.notAdminUsers()), true)
            return
        }
        do {
            overlay = .users(list: try session.store.users.all(), form: nil)
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
        }
    }

    func handleUsers(_ list: [Actor], _ form: UserFormModel?, _ key: Key) -> Overlay? {
        guard var form else {
            switch key {
            case .escape, .character("q"): return nil
            case .character("n"): return .users(list: list, form: UserFormModel())
            default: return .users(list: list, form: nil)
            }
        }
        switch key {
        case .escape: return .users(list: list, form: nil)
        case .tab, .down: form.focus = min(form.fields.count - 1, form.focus + 1)
        case .backTab, .up: form.focus = max(0, form.focus - 1)
        case .enter where form.focus < form.fields.count - 1: form.focus += 1
        case .enter, .function(10), .control("s"): return createUser(list, form)
        default: _ = form.fields[form.focus].handle(key)
        }
        return .users(list: list, form: form)
    }

    private func createUser(_ list: [Actor], _ form: UserFormModel) -> Overlay? {
        let bureau = session.active.bureau
        // Codes or names: 承办人 is as good as handler.
        let posts = form.value(3).split(whereSeparator: { ",，、 ".contains($0) }).map { word in
            bureau.posts.first { $0.code == word || $0.name == word }?.code ?? String(word)
        }
        let section = bureau.sections.first { $0.code == form.value(2) || $0.name == form.value(2) }?.code ?? form.value(2)
        let unknown = posts.filter { bureau.post($0) == nil }
        if !unknown.isEmpty || posts.isEmpty {
            message = (session.text(DeskPhrases.unknownPosts(unknown.isEmpty ? "—" : unknown.joined(separator: ", "))), true)
            return .users(list: list, form: form)
        }
        guard bureau.sections.contains(where: { $0.code == section }) else {
            message = (session.text(DeskPhrases.unknownSectionCode(form.value(2))), true)
            return .users(list: list, form: form)
        }
        do {
            try session.store.users.create(id: form.value(0), name: form.value(1).isEmpty ? form.value(0) : form.value(1), section: section,
                                           posts: posts, password: form.fields[4].text, by: session.actor)
            message = (session.text(DeskPhrases.userCreated(form.value(0))), false)
            return .users(list: (try? session.store.users.all()) ?? list, form: nil)
        } catch {
            message = (ErrorReport.lines(error, session.language).joined(separator: "；"), true)
            return .users(list: list, form: form)
        }
    }
}
