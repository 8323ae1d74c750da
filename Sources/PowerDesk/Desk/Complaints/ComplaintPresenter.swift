import Localization
import Storage
import Workflow

/// Pure functions behind the complaints screen (R26): which limit runs, what is overdue, the
/// order of the list, and the lines of the list, the detail and the actions. The limits and the
/// steps are read from the complaint flow in force (信访工作条例 第32、35条 in its definition).
enum ComplaintPresenter {
    /// The limit running now: acceptance at the flow's first step, conclusion after; none once
    /// concluded.
    static func due(_ record: ComplaintRecord, start: String) -> CivilDate? {
        guard record.concludedOn == nil else { return nil }
        return record.step == start ? record.acceptDue : record.concludeDue
    }

    static func isOverdue(_ record: ComplaintRecord, start: String, today: CivilDate) -> Bool {
        due(record, start: start).map { $0 < today } ?? false
    }

    /// Open before concluded; among the open, overdue first, then by the limit running; the
    /// concluded newest first.
    static func ordered(_ records: [ComplaintRecord], start: String, today: CivilDate) -> [ComplaintRecord] {
        records.sorted { a, b in
            let aOpen = a.concludedOn == nil
            let bOpen = b.concludedOn == nil
            if aOpen != bOpen { return aOpen }
            if aOpen {
                let aLate = isOverdue(a, start: start, today: today)
                let bLate = isOverdue(b, start: start, today: today)
                if aLate != bLate { return aLate }
                let aDue = due(a, start: start) ?? .earliest
                let bDue = due(b, start: start) ?? .earliest
                if aDue != bDue { return aDue < bDue }
                return a.id < b.id
            }
            let aDay = a.concludedOn ?? .earliest
            let bDay = b.concludedOn ?? .earliest
            return aDay != bDay ? aDay > bDay : a.id > b.id
        }
    }

    static func kind(_ kind: ComplaintKind) -> Phrase {
        switch kind {
        case .complaint: SupervisionThirdPhrases.kindComplaint
        case .opinion: SupervisionThirdPhrases.kindOpinion
        }
    }

    static func channel(_ channel: ComplaintChannel) -> Phrase {
        switch channel {
        case .phone: SupervisionThirdPhrases.channelPhone
        case .mailbox: SupervisionThirdPhrases.channelMailbox
        case .inPerson: SupervisionThirdPhrases.channelInPerson
        }
    }

    static func stepName(_ code: String, in procedure: ProcedureDefinition?) -> String {
        procedure?.step(code)?.name ?? code
    }

    /// An action's name wherever the flow declares it (`register` is the first step's name).
    static func actionName(_ code: String, in procedure: ProcedureDefinition?) -> String {
        guard let procedure else { return code }
        if code == "register" { return procedure.step(procedure.start)?.name ?? code }
        for step in procedure.steps {
            if let action = step.action(code) { return action.name }
        }
        return code
    }

    /// One line of the list: number, kind, step, the limit running (or the day concluded), the
    /// overdue mark and the subject, in display columns.
    static func listLine(_ record: ComplaintRecord, procedure: ProcedureDefinition?, today: CivilDate, width: Int, selected: Bool,
                         language: Language) -> StyledLine {
        let start = procedure?.start ?? "register"
        let late = isOverdue(record, start: start, today: today)
        let limit: String
        if let concluded = record.concludedOn {
            limit = SupervisionThirdPhrases.concludedOn(concluded.description).text(language)
        } else if record.step == start {
            limit = SupervisionThirdPhrases.acceptBy(record.acceptDue.description).text(language)
        } else {
            limit = SupervisionThirdPhrases.concludeBy(record.concludeDue?.description ?? "—").text(language)
        }
        let base: TextStyle = selected ? .selected : .plain
        let fixed = 13 + 9 + 7 + 19 + 5
        return [
            Span(DisplayWidth.pad(record.id, to: 13), selected ? .selected : .accent),
            Span(DisplayWidth.pad(kind(record.kind).template(language), to: 9), base),
            Span(DisplayWidth.pad(DisplayWidth.truncate(stepName(record.step, in: procedure), to: 6), to: 7), base),
            Span(DisplayWidth.pad(limit, to: 19), record.concludedOn == nil ? base : (selected ? .selected : .muted)),
            Span(DisplayWidth.pad(late ? SupervisionThirdPhrases.overdueMark.template(language) : "", to: 5), selected ? .selected : .danger),
            Span(DisplayWidth.truncate(record.subject, to: max(0, width - fixed)), base),
        ]
    }

    /// The detail: when and how it came, who complained (as the store allows), the subject and
    /// body, both limits with the overdue one marked, the outcome, the cases and officers it
    /// concerns, the files and every step taken.
    static func detailLines(_ record: ComplaintRecord, cases: [ComplaintCaseSummary], procedure: ProcedureDefinition?, userNames: [String: String],
                            today: CivilDate, width: Int, language: Language) -> [StyledLine] {
        let l = language
        let start = procedure?.start ?? "register"
        var lines: [StyledLine] = []
        lines.append([Span(SupervisionThirdPhrases.receivedLine(record.receivedOn.description, channel(record.channel).template(l),
                                                                record.section ?? "—", stepName(record.step, in: procedure)).text(l))])
        let who: String
        if record.anonymous {
            who = ComplaintPhrases.anonymous.template(l)
        } else if let identity = record.identity {
            who = [identity.name, identity.contact, identity.address].filter { !$0.isEmpty }.joined(separator: "　")
        } else {
            who = ComplaintPhrases.withheld.template(l)
        }
        lines.append([Span(SupervisionThirdPhrases.complainant(who).text(l), record.identity == nil ? .muted : .plain)])
        lines.append([Span(SupervisionThirdPhrases.subject(record.subject).text(l), TextStyle(bold: true))])
        for paragraph in TerminalText.sanitize(record.body, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
            for line in DisplayWidth.wrap(String(paragraph), to: max(10, width - 2)) { lines.append([Span("  " + line)]) }
        }
        // The two limits of the flow, with the days the definition gives them.
        let acceptDays = procedure?.step(start)?.limit?.days
        let concludeStep = procedure?.steps.first { $0.code != start && $0.limit != nil }
        let open = record.concludedOn == nil
        let acceptLate = open && record.step == start && record.acceptDue < today
        lines.append([Span(SupervisionThirdPhrases.acceptLimit(record.acceptDue.description, acceptDays.map(String.init) ?? "—",
                                                               acceptLate ? SupervisionThirdPhrases.overdueMark.template(l) : "").text(l),
                           acceptLate ? .danger : .plain)])
        if let concludeDue = record.concludeDue {
            let late = open && record.step != start && concludeDue < today
            let extended = record.extended ? SupervisionThirdPhrases.extendedNote.template(l) : ""
            lines.append([Span(SupervisionThirdPhrases.concludeLimit(concludeDue.description, concludeStep?.limit.map { String($0.days) } ?? "—", extended,
                                                                     late ? SupervisionThirdPhrases.overdueMark.template(l) : "").text(l),
                               late ? .danger : .plain)])
        } else if record.concludedOn == nil {
            lines.append([Span(SupervisionThirdPhrases.concludePending(concludeStep?.limit.map { String($0.days) } ?? "—").text(l), .muted)])
        }
        if let concluded = record.concludedOn {
            var outcome = stepName(record.step, in: procedure) + " " + concluded.description
            if let upheld = record.upheld {
                outcome += " " + (upheld ? ComplaintPhrases.upheldYes : ComplaintPhrases.upheldNo).template(l)
            }
            lines.append([Span(SupervisionThirdPhrases.outcome(outcome).text(l), .success)])
        }
        lines.append([Span(SupervisionThirdPhrases.concernsCases.template(l), .heading)]
                     + (cases.isEmpty ? [Span(SupervisionThirdPhrases.none.template(l))] : []))
        for summary in cases {
            lines.append([Span("  "), Span(DisplayWidth.pad(summary.id, to: 14), .accent),
                          Span(DisplayWidth.pad(DisplayWidth.truncate(summary.item, to: 26), to: 27)),
                          Span(DisplayWidth.pad(summary.status, to: 8)), Span(summary.party)])
        }
        let officers = record.officers.map { id in userNames[id].map { "\($0)（\(id)）" } ?? id }
        lines.append([Span(SupervisionThirdPhrases.concernsOfficers(officers.isEmpty ? SupervisionThirdPhrases.none.template(l)
                                                                                      : officers.joined(separator: "、")).text(l))])
        if !record.files.isEmpty {
            lines.append([Span(SupervisionThirdPhrases.files(record.files.joined(separator: "、")).text(l))])
        }
        lines.append([Span(SupervisionThirdPhrases.steps.template(l), .heading)])
        for step in record.steps {
            let who = userNames[step.userID] ?? step.userID
            lines.append([Span("  \(step.on) "), Span(DisplayWidth.pad(actionName(step.action, in: procedure), to: 18), .accent),
                          Span(DisplayWidth.pad(who, to: 10)), Span(step.note, .muted)])
        }
        return lines
    }

    /// The actions of the flow at the complaint's step, each disabled with its reason when the
    /// signed-in posts may not take it or the one extension is spent (the store checks both).
    static func actions(_ record: ComplaintRecord, procedure: ProcedureDefinition?, posts: Set<String>, postNames: ([String]) -> String)
        -> [ComplaintActionItem] {
        guard record.concludedOn == nil, let step = procedure?.step(record.step) else { return [] }
        return step.actions.map { action in
            let allowed = action.posts ?? step.post.map { [$0] } ?? []
            if posts.isDisjoint(with: allowed) {
                return ComplaintActionItem(action: action, refusal: SupervisionThirdPhrases.actionForPosts(postNames(allowed)))
            }
            if action.kind == .extend, record.extended {
                return ComplaintActionItem(action: action, refusal: SupervisionThirdPhrases.actionExtended())
            }
            return ComplaintActionItem(action: action, refusal: nil)
        }
    }
}
