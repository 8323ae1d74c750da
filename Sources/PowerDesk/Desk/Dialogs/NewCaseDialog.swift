import Localization
import Storage
import Workflow

/// The new-case form (window clerk, handler): the item from a searchable list, then the party
/// (its identity number checked as typed, and the register's name for it), facts and the
/// materials received. Opening it is one transaction, performed by the desk.
struct NewCaseDialog: Dialog {
    var model: NewCaseModel

    var keys: [Binding<DialogCommand>] {
        guard model.item != nil else { return DialogKeys.menu.map(Self.withoutLetters) }
        let rows = model.rows
        let toggle: Bool = switch rows.indices.contains(model.focus) ? rows[model.focus] : .subject {
        case .procedure, .partyKind, .material: true
        default: false
        }
        return DialogKeys.form(last: model.focus >= rows.count - 1, toggle: toggle)
    }

    /// The item list's filter takes every letter: only arrows move and only Esc closes.
    static func withoutLetters(_ binding: Binding<DialogCommand>) -> Binding<DialogCommand> {
        Binding(binding.keys.filter { if case .character = $0 { false } else { true } }, binding.label, binding.command, legend: binding.inLegend)
    }

    var takesText: Bool { true }
    var hasInput: Bool { model.item != nil && (model.inputs.values.contains { !$0.text.isEmpty } || !model.received.isEmpty) }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        guard model.item != nil else {
            switch command {
            case .close: return .close
            case .move:
                model.choice = key == .up ? max(0, model.choice - 1) : min(max(0, model.matches.count - 1), model.choice + 1)
            case .choose:
                let matches = model.matches
                guard matches.indices.contains(model.choice) else { return .stay }
                let item = matches[model.choice]
                model.item = item
                model.procedures = context.active.procedures(of: item, openableBy: context.posts)
                model.focus = 0
            default:
                _ = model.filter.handle(key)
                model.choice = 0
            }
            return .stay
        }
        switch command {
        case .close: return .close
        case .next: model.focus = min(model.rows.count - 1, model.focus + 1)
        case .previous: model.focus = max(0, model.focus - 1)
        case .submit: return submit(context)
        default:
            model.edit(key)
            guard case let .success(number)? = model.identity else {
                model.registered = nil
                return .stay
            }
            if model.registered?.number != number.value { return .perform(.lookUpParty(model)) }
        }
        return .stay
    }

    /// The case to open, or what is missing or wrong, said before anything is written.
    func submit(_ context: DialogContext) -> DialogOutcome {
        guard let item = model.item else { return .stay }
        let l = context.language
        var missing: [String] = []
        if model.text(.partyName).isEmpty { missing.append(DeskPhrases.fieldPartyName().text(l)) }
        if model.text(.address).isEmpty { missing.append(DeskPhrases.fieldAddress().text(l)) }
        if model.text(.subject).isEmpty { missing.append(DeskPhrases.fieldSubject().text(l)) }
        if model.needsRenameReason, model.text(.renameReason).isEmpty { missing.append(CaseFilePhrases.fieldRenameReason().text(l)) }
        guard missing.isEmpty else { return .refuse(DeskPhrases.missingFields(missing.joined(separator: "、"))) }
        guard case let .success(identity)? = model.identity else { return .refuse(DeskPhrases.idMustPass()) }
        var facts: [String: FactValue] = [:]
        for field in item.facts {
            switch model.factValue(field.code) {
            case let .success(value)?: facts[field.code] = value
            case let .failure(problem)?: return .refuse(problem)
            case nil: break
            }
        }
        let materials = Dictionary(item.materials.filter { model.received.contains($0.code) }.map { ($0.code, $0.count) }, uniquingKeysWith: { a, _ in a })
        let party = CaseParty(kind: model.partyKind, name: model.text(.partyName), identity: identity, contact: model.text(.contact), address: model.text(.address))
        return .perform(.openCase(CaseDraft(itemCode: item.code, procedureCode: model.procedureCode, party: party, subject: model.text(.subject),
                                            materials: materials, facts: facts,
                                            partyRenameReason: model.needsRenameReason ? model.text(.renameReason) : nil)))
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        guard let item = model.item else {
            let shown = model.filter.visible(width: inner - 2)
            body.append([Span(DeskPhrases.chooseItem().text(l), .muted)])
            cursor = (body.count, shown.cursorColumn)
            body.append([Span(DisplayWidth.pad(shown.text, to: inner), TextStyle(underline: true))])
            let matches = model.matches
            if matches.isEmpty { body.append([Span(DeskPhrases.noMatchingItems().text(l), .warning)]) }
            let visible = max(3, screen.rows - 12)
            let start = max(0, min(model.choice - visible / 2, matches.count - visible))
            for (index, candidate) in matches.enumerated().dropFirst(start).prefix(visible) {
                let style: TextStyle = index == model.choice ? TextStyle.selected.with(bold: true) : .plain
                body.append([Span("\(candidate.code)  \(candidate.kind.displayName.text(l))  \(candidate.name)", style)])
            }
            let origin = Frame.center(Frame.box(title: DeskPhrases.newCaseTitle().text(l), body: body, width: width), width: width, on: screen)
            if let cursor { screen.placeCursor(row: origin.row + 1 + cursor.row, column: origin.column + 1 + cursor.column) }
            return
        }
        let rows = model.rows
        // Keep the focused row in view on a short terminal.
        let budget = max(6, screen.rows - 6)
        var lines: [(StyledLine, Bool)] = []
        for (index, row) in rows.enumerated() {
            let focused = index == model.focus
            let pointer = focused ? "▸ " : "  "
            let labelStyle: TextStyle = focused ? .heading : .plain
            func field(_ label: String, _ row: NewCaseModel.Row, note: StyledLine = []) {
                let input = model.inputs[row] ?? TextField()
                let labelText = DisplayWidth.pad(DisplayWidth.truncate(label, to: 20), to: 21)
                let fieldWidth = max(10, inner - 24)
                let shown = input.visible(width: fieldWidth)
                if focused { cursor = (lines.count, 2 + 21 + shown.cursorColumn) }
                lines.append(([Span(pointer + labelText, labelStyle), Span(DisplayWidth.pad(shown.text, to: fieldWidth), TextStyle(underline: true))], focused))
                if !note.isEmpty { lines.append((note, false)) }
            }
            switch row {
            case .procedure:
                let name = model.procedures.indices.contains(model.procedureIndex) ? model.procedures[model.procedureIndex].name : ""
                lines.append(([Span(pointer + DisplayWidth.pad(DeskPhrases.fieldProcedure().text(l), to: 20), labelStyle), Span("◀ \(name) ▶", focused ? .selected : .accent)], focused))
            case .partyKind:
                let kind = model.partyKind == .organization ? DeskPhrases.partyOrganization() : DeskPhrases.partyPerson()
                lines.append(([Span(pointer + DisplayWidth.pad(DeskPhrases.fieldPartyKind().text(l), to: 20), labelStyle), Span("◀ \(kind.text(l)) ▶", focused ? .selected : .accent)], focused))
            case .partyName: field(DeskPhrases.fieldPartyName().text(l) + "*", row)
            case .partyID:
                var note: StyledLine = []
                switch model.identity {
                case let .success(number)?: note = [Span("    " + DeskPhrases.idOK(number.kind.displayName, number.value).text(l), .success)]
                case let .failure(problem)?: note = [Span("    " + DeskPhrases.idBad(problem.message).text(l), .danger)]
                case nil: break
                }
                if let registered = model.registered, case .success? = model.identity {
                    // The latest case only: the note is one line of the form, even at 80 columns.
                    let cases = registered.cases.first ?? ""
                    note = model.needsRenameReason
                        ? [Span("    " + CaseFilePhrases.deskRegisteredOther(registered.name, cases).text(l), .warning)]
                        : [Span("    " + CaseFilePhrases.deskRegistered(registered.name, cases).text(l), .success)]
                }
                field(DeskPhrases.fieldPartyID().text(l) + "*", row, note: note)
            case .renameReason: field(CaseFilePhrases.fieldRenameReason().text(l) + "*", row)
            case .contact: field(DeskPhrases.fieldContact().text(l), row)
            case .address: field(DeskPhrases.fieldAddress().text(l) + "*", row)
            case .subject: field(DeskPhrases.fieldSubject().text(l) + "*", row)
            case let .fact(code):
                guard let fact = item.fact(code) else { continue }
                var note: StyledLine = []
                if case let .failure(problem)? = model.factValue(code) { note = [Span("    " + DeskPhrases.factBad(problem).text(l), .danger)] }
                field(fact.name + (fact.unit.map { "（\($0)）" } ?? "") + (fact.required ? "*" : ""), row, note: note)
            case let .material(code):
                guard let material = item.material(code) else { continue }
                if index > 0, case .material = rows[index - 1] {} else { lines.append(([Span(DeskPhrases.materialsHint().text(l), .heading)], false)) }
                let mark = model.received.contains(code) ? "[✓] " : "[ ] "
                let required = material.required ? DeskPhrases.materialRequired().text(l) : ""
                lines.append(([Span(pointer + mark + material.name + required, labelStyle)], focused))
            }
        }
        let focusLine = lines.firstIndex { $0.1 } ?? 0
        let start = max(0, min(focusLine - budget / 2, lines.count - budget))
        body = [[Span("\(item.code) \(item.name)", .accent)]] + lines.dropFirst(start).prefix(budget).map(\.0)
        let title = DeskPhrases.newCaseTitle().text(l)
        let origin = Frame.center(Frame.box(title: title, body: body, width: width), width: width, on: screen)
        if let cursor, cursor.row >= start, cursor.row < start + budget {
            screen.placeCursor(row: origin.row + 2 + cursor.row - start, column: origin.column + 1 + cursor.column)
        }
    }

}
