import Localization
import Workflow

/// The form an action asks for (opinion, reason, fellow officers, penalty level, the law's
/// optional sanctions, amount, justification with the discretion band shown). Which fields
/// appear follows the action's definition (`ActionFormModel`).
struct ActionFormDialog: Dialog {
    var form: ActionFormModel
    /// The definitions the case runs on, for the discretion band shown under the amount.
    let definitions: DefinitionSet

    var keys: [Binding<DialogCommand>] {
        let field = form.fields.indices.contains(form.focus) ? form.fields[form.focus] : nil
        var choosing = false
        if case .mergedLevel? = field?.kind { choosing = true }
        return DialogKeys.form(
            last: form.focus >= form.fields.count - 1, multiline: field?.input.multiline ?? false,
            toggle: choosing || field?.kind == .level || field?.kind == .sanctions || field?.kind == .mergeWith
                || (field?.kind == .participants && !form.officers.isEmpty))
    }

    var takesText: Bool { true }
    var hasInput: Bool { form.fields.contains { !$0.input.text.isEmpty } || !form.chosenOfficers.isEmpty || !form.chosenMerges.isEmpty }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .close: return .close
        case .submit:
            if form.action.penalty != nil, let bad = form.badAmount { return .refuse(DeskPhrases.fineBad(bad)) }
            if form.action.kind == .merge, form.mergeWith.isEmpty { return .refuse(DialogPhrases.mergeChoose()) }
            return .perform(.act(form))
        case .next: form.focus = min(form.fields.count - 1, form.focus + 1)
        case .previous: form.focus = max(0, form.focus - 1)
        default: form.edit(key)
        }
        return .stay
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let inner = width - 2
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        var focusRow = 0
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            if focused { focusRow = body.count }
            // Fellow officers listed to tick are not typed as user names.
            let phrase = field.kind == .participants && !form.officers.isEmpty ? DialogPhrases.fieldFellowOfficers : field.label
            var label =
                (field.customLabel.map { TerminalText.sanitize($0) } ?? phrase.template(l))
                + (field.required ? DeskPhrases.fieldRequired().text(l) : "")
            // A merged violation's fields say whose violation they weigh.
            switch field.kind {
            case let .mergedLevel(caseID), let .mergedFine(caseID):
                label =
                    DeskThirdPhrases.mergedViolation(
                        caseID, TerminalText.sanitize(form.mergedItems[caseID]?.name ?? "")
                    ).text(l) + label
            default: break
            }
            // A long label (an action's opinion-label) wraps rather than losing its end.
            for (row, piece) in DisplayWidth.wrap(label, to: inner - 2).enumerated() {
                body.append([Span((row == 0 ? (focused ? "▸ " : "  ") : "  ") + piece, focused ? .heading : .plain)])
            }
            switch field.kind {
            case .level:
                let levels = form.levels
                if levels.indices.contains(form.levelIndex) {
                    let level = levels[form.levelIndex]
                    body.append([Span("  ◀ \(level.name) ▶ ", focused ? TextStyle.selected : .accent), Span(" " + level.circumstances, .muted)])
                    body.append([Span("    " + level.standard, .muted)])
                }
            case .sanctions:
                // As many choices to a line as fit; never cut off.
                var line: StyledLine = [Span("  ")]
                var used = 2
                for (index, kind) in ActionFormModel.optionalKinds(form.item).enumerated() {
                    let mark = form.chosenKinds.contains(kind) ? "[✓] " : "[ ] "
                    let text = mark + PenaltyNames.phrase(kind).template(l)
                    if used + DisplayWidth.of(text) > inner - 2, line.count > 1 {
                        body.append(line)
                        line = [Span("  ")]
                        used = 2
                    }
                    let style: TextStyle = focused && index == form.kindCursor ? .selected : .plain
                    line.append(Span(text, style))
                    line.append(Span("  "))
                    used += DisplayWidth.of(text) + 2
                }
                body.append(line)
                if focused { body.append([Span("    " + DeskPhrases.sanctionsHint().text(l), .muted)]) }
            case .fine:
                let level = form.levels.indices.contains(form.levelIndex) ? form.levels[form.levelIndex].code : ""
                body += amountLines(
                    field, focused: focused, itemCode: form.item.code, level: level, facts: form.state.facts,
                    fine: form.fine,
                    cursor: &cursor, row: body.count, inner: inner, language: l)
            case let .mergedLevel(caseID):
                if let level = form.mergedLevel(caseID) {
                    body.append([
                        Span("  ◀ \(level.name) ▶ ", focused ? TextStyle.selected : .accent),
                        Span(" " + level.circumstances, .muted),
                    ])
                    body.append([Span("    " + level.standard, .muted)])
                }
            case let .mergedFine(caseID):
                let facts = form.state.merged.first { $0.caseID == caseID }?.facts ?? [:]
                body += amountLines(
                    field, focused: focused, itemCode: form.mergedItems[caseID]?.code ?? "",
                    level: form.mergedLevel(caseID)?.code ?? "",
                    facts: facts, fine: form.mergedFine(caseID), cursor: &cursor, row: body.count, inner: inner,
                    language: l)
            case .opinion, .reason, .justification, .property:
                // Up to three lines of the text, those around the cursor.
                let wrapped = field.input.wrapped(width: inner - 4)
                let first = max(0, min(wrapped.cursorRow - 1, wrapped.lines.count - 3))
                for (offset, line) in wrapped.lines.dropFirst(first).prefix(3).enumerated() {
                    if focused, first + offset == wrapped.cursorRow { cursor = (body.count, 2 + wrapped.cursorColumn) }
                    body.append([Span("  "), Span(DisplayWidth.pad(line, to: inner - 4), TextStyle(underline: true))])
                }
            case .mergeWith:
                if form.mergeCandidates.isEmpty { body.append([Span("  " + DialogPhrases.mergeNone().text(l), .warning)]) }
                for (index, other) in form.mergeCandidates.enumerated() {
                    let mark = form.chosenMerges.contains(other.id) ? "[✓] " : "[ ] "
                    let style: TextStyle = focused && index == form.mergeCursor ? .selected : .plain
                    body.append([Span("  "), Span(DisplayWidth.truncate(TerminalText.sanitize(mark + other.id + "  " + other.subject), to: inner - 4), style)])
                }
                if focused, !form.mergeCandidates.isEmpty { body.append([Span("    " + DialogPhrases.mergeHint().text(l), .muted)]) }
            case .participants where !form.officers.isEmpty:
                // Chosen by name from whom the engine would accept, each with the certificate
                // that makes them an enforcement officer.
                for (index, officer) in form.officers.enumerated() {
                    let mark = form.chosenOfficers.contains(officer.userID) ? "[✓] " : "[ ] "
                    let text = mark + DialogPhrases.officerLine(officer.name, officer.userID, officer.certificate.number,
                                                                officer.certificate.validUntil.description).text(l)
                    let style: TextStyle = focused && index == form.officerCursor ? .selected : .plain
                    body.append([Span("  "), Span(DisplayWidth.truncate(TerminalText.sanitize(text), to: inner - 4), style)])
                }
                if focused { body.append([Span("    " + DialogPhrases.officersHint().text(l), .muted)]) }
            default:
                let shown = field.input.visible(width: inner - 4)
                if focused { cursor = (body.count, 2 + shown.cursorColumn) }
                body.append([Span("  "), Span(DisplayWidth.pad(shown.text, to: inner - 4), TextStyle(underline: true))])
            }
        }
        // Taller than the screen (many choices at 80×24): show the part around the focused field.
        Frame.scrolled(title: DeskPhrases.formTitle(form.action.name, form.state.id).text(l), body: body, focusRow: focusRow, cursor: cursor,
                       budget: max(4, screen.rows - 5), width: width, on: screen)
    }

    /// An amount's field with the legal range and the benchmark's band for its item and level
    /// under it, and a warning when the amount lies outside either.
    private func amountLines(
        _ field: ActionFormModel.Field, focused: Bool, itemCode: String, level: String, facts: [String: FactValue],
        fine: Money?,
        cursor: inout (row: Int, column: Int)?, row: Int, inner: Int, language l: Language
    ) -> [StyledLine] {
        let shown = field.input.visible(width: inner - 4)
        if focused { cursor = (row, 2 + shown.cursorColumn) }
        var lines: [StyledLine] = []
        lines.append([Span("  "), Span(DisplayWidth.pad(shown.text, to: inner - 4), TextStyle(underline: true))])
        let check = DiscretionCheck(items: { [definitions] in definitions.item($0) })
        let ranges = check.fineRanges(itemCode: itemCode, level: level, facts: facts)
        let text = { (range: ClosedRange<Money>?) in
            range.map { DeskPhrases.rangeText($0.lowerBound, $0.upperBound).text(l) }
                ?? DeskPhrases.rangeUnknown().text(l)
        }
        lines.append([Span("    " + DeskPhrases.fineRanges(text(ranges.legal), text(ranges.band)).text(l), .muted)])
        if let fine, let legal = ranges.legal, !legal.contains(fine) {
            lines.append([Span("    " + DeskPhrases.fineOutsideLaw().text(l), .danger)])
        } else if let fine, let band = ranges.band, !band.contains(fine) {
            lines.append([Span("    " + DeskPhrases.fineOutsideBand().text(l), .warning)])
        }
        return lines
    }
}
