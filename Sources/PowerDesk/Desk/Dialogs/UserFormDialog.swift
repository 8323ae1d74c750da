import Localization
import Workflow

/// The admin's form for a new user: user name, display name, section, posts, first password.
/// Sections and posts are taken by code or by name (承办人 is as good as handler).
struct UserFormDialog: Dialog {
    var model = UserFormModel()

    var keys: [Binding<DialogCommand>] { DialogKeys.form(last: model.focus >= model.fields.count - 1) }
    var takesText: Bool { true }
    var hasInput: Bool { model.fields.contains { !$0.text.isEmpty } }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .close: return .close
        case .next: model.focus = min(model.fields.count - 1, model.focus + 1)
        case .previous: model.focus = max(0, model.focus - 1)
        case .submit: return submit(context.active.bureau)
        default: _ = model.fields[model.focus].handle(key)
        }
        return .stay
    }

    func submit(_ bureau: BureauDefinition) -> DialogOutcome {
        let posts = model.value(3).split(whereSeparator: { ",，、 ".contains($0) }).map { word in
            bureau.posts.first { $0.code == word || $0.name == word }?.code ?? String(word)
        }
        let section = bureau.sections.first { $0.code == model.value(2) || $0.name == model.value(2) }?.code ?? model.value(2)
        let unknown = posts.filter { bureau.post($0) == nil }
        if !unknown.isEmpty || posts.isEmpty {
            return .refuse(DeskPhrases.unknownPosts(unknown.isEmpty ? "—" : unknown.joined(separator: ", ")))
        }
        guard bureau.sections.contains(where: { $0.code == section }) else { return .refuse(DeskPhrases.unknownSectionCode(model.value(2))) }
        return .perform(.createUser(id: model.value(0), name: model.value(1).isEmpty ? model.value(0) : model.value(1), section: section,
                                    posts: posts, password: model.fields[4].text))
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        let bureau = context.active.bureau
        let labels = [
            DeskPhrases.fieldUserID(), DeskPhrases.fieldUserName(),
            DeskPhrases.fieldSection(bureau.sections.map(\.code).joined(separator: ",")),
            DeskPhrases.fieldPosts(bureau.posts.map(\.code).joined(separator: ",")), DeskPhrases.fieldPassword(),
        ]
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        for (index, label) in labels.enumerated() {
            let focused = index == model.focus
            body.append([Span((focused ? "▸ " : "  ") + label.text(l), focused ? .heading : .plain)])
            var field = model.fields[index]
            field.secret = index == 4
            let shown = field.visible(width: inner - 4)
            if focused { cursor = (body.count, 2 + shown.cursorColumn) }
            body.append([Span("  "), Span(DisplayWidth.pad(shown.text, to: inner - 4), TextStyle(underline: true))])
        }
        let origin = Frame.center(Frame.box(title: DeskPhrases.userFormTitle().text(l), body: body, width: width), width: width, on: screen)
        if let cursor { screen.placeCursor(row: origin.row + 1 + cursor.row, column: origin.column + 1 + cursor.column) }
    }
}
