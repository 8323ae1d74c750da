import Localization
import Storage
import Workflow

/// The case detail as lines (R16–R20 on screen): party, item, step, deadlines with their level
/// in colour and symbol, key facts, the materials checklist, the opinions timeline, documents.
enum DetailPresenter {
    struct Input {
        let state: CaseState
        let flow: ItemFlow
        let bureau: BureauDefinition
        let deadlines: [CaseDeadline]
        let missing: Set<String>
        /// Documents issued for the case, with their numbers.
        let documents: [IssuedDocument]
        /// User names by id, for the officers who took part.
        let userNames: [String: String]
        let language: Language
        /// The code the party looks the case up with on the public site (issue 16).
        var queryCode: String? = nil
        /// The case's files, in the order they were filed (issue 18).
        var files: [AttachedFile] = []
    }

    static func lines(_ input: Input, width: Int) -> [StyledLine] {
        let l = input.language
        let state = input.state
        let flow = input.flow
        let bureau = input.bureau
        var lines: [StyledLine] = []
        func add(_ text: String, _ style: TextStyle = .plain) {
            for piece in DisplayWidth.wrap(text, to: width) { lines.append([Span(piece, style)]) }
        }
        func heading(_ phrase: Phrase) { lines.append([Span(l == .zh ? "【\(phrase.zh)】" : "[\(phrase.en)]", .heading)]) }

        add("\(state.id)  \(state.subject)", .heading)
        add(DeskPhrases.detailItem(flow.item.name, flow.item.code).text(l))
        add(DeskPhrases.detailParty(state.party.name, state.party.identity.kind.displayName, state.party.identity.value).text(l))
        if !state.party.contact.isEmpty { add(DeskPhrases.detailContact(state.party.contact).text(l)) }
        if !state.party.address.isEmpty { add(DeskPhrases.detailAddress(state.party.address).text(l)) }
        if let code = input.queryCode { add(CaseFilePhrases.detailQueryCode(code).text(l)) }
        let step = flow.step(state.step)
        let status = switch state.status {
        case .open: DeskPhrases.detailStatusOpen()
        case .suspended: DeskPhrases.detailStatusSuspended()
        case .closed: DeskPhrases.detailStatusClosed()
        }
        let post = step?.post.map { bureau.post($0)?.name ?? $0 } ?? "—"
        add(DeskPhrases.detailStep(step?.name ?? state.step, post, status).text(l))

        if !input.deadlines.isEmpty {
            heading(DeskPhrases.detailDeadlinesTitle)
            for deadline in input.deadlines {
                let kind = switch deadline.kind {
                case .statutory: DeskPhrases.deadlineStatutory()
                case .promised: DeskPhrases.deadlinePromised()
                case .step: DeskPhrases.deadlineStep()
                }
                let remaining: Message
                if let finished = deadline.finishedOn {
                    remaining = DeskPhrases.deadlineFinished(finished.description)
                } else if deadline.status.remaining < 0 {
                    remaining = DeskPhrases.deadlineOverdue(-deadline.status.remaining)
                } else {
                    remaining = DeskPhrases.deadlineRemaining(deadline.status.remaining)
                }
                let badge = DeadlineBadge(level: deadline.status.level, text: "")
                var text = DeskPhrases.deadlineLine(kind, deadline.status.due.description, remaining).text(l)
                if !deadline.status.unscheduledYears.isEmpty {
                    text += DeskPhrases.deadlineProvisional(deadline.status.unscheduledYears.map(String.init).joined(separator: ",")).text(l)
                }
                lines.append([Span(badge.symbol, badge.style), Span(text, badge.style)])
                // 民法典 Art. 203: the day shown is the moved one; its own line says from which and why.
                if let moved = deadline.status.movedFrom, let basis = bureau.deadlinePolicy.restDay?.basis {
                    add("  " + LawPhrases.dueMoved(moved.description, basis).text(l), .muted)
                }
            }
        }

        if !flow.item.facts.isEmpty {
            heading(DeskPhrases.detailFactsTitle)
            for field in flow.item.facts {
                let value = state.facts[field.code].map { fact in fact.description + (field.unit.map { " " + $0 } ?? "") } ?? "—"
                add("\(field.name)：\(value)")
            }
        }

        if !flow.item.materials.isEmpty {
            heading(DeskPhrases.detailMaterialsTitle)
            for material in flow.item.materials {
                let present = (state.materials[material.code] ?? 0) >= material.count
                if present {
                    add(DeskPhrases.materialPresent(material.name).text(l), .success)
                } else if input.missing.contains(material.code) {
                    add(DeskPhrases.materialMissing(material.name).text(l), .danger)
                } else {
                    add(DeskPhrases.materialOptional(material.name).text(l), .muted)
                }
            }
        }

        if let penalty = state.decision ?? state.proposal {
            heading(DeskPhrases.detailPenaltyTitle)
            for violation in penalty.violations {
                let sanctions = violation.sanctions.map { sanction in
                    PenaltyNames.phrase(sanction.kind).template(l) + (sanction.amount.map { " " + $0.message.text(l) } ?? "")
                }.joined(separator: "；")
                // The level by its name (较轻), not its code, when the violation is on this item.
                let level = violation.itemCode == flow.item.code ? (flow.item.discretion?.level(violation.level)?.name ?? violation.level) : violation.level
                add("\(violation.caseID)（\(level)）\(sanctions)")
            }
            if let justification = penalty.justification { add(justification, .warning) }
        }

        if !state.flags.isEmpty {
            heading(DeskPhrases.detailFlagsTitle)
            for flag in state.flags { add("\(flag.on) \(flag.detail)", .warning) }
        }

        heading(DeskPhrases.detailOpinionsTitle)
        for record in state.history {
            let date = String(record.on.description.dropFirst(5))
            // Officers who took part beside the one who acted (行政处罚法 Art. 42).
            let others = record.participants.filter { $0 != record.userID }
            let actor = ([record.actorName] + others.map { input.userNames[$0] ?? $0 }).joined(separator: "、")
            if let opinion = record.opinion {
                add(DeskPhrases.opinionLine(date, actor, record.name, opinion.text).text(l), opinion.verdict == .negative ? .warning : .plain)
            } else {
                add(DeskPhrases.actionLine(date, actor, record.name).text(l) + (record.reason.map { "：" + $0 } ?? ""), .muted)
            }
            if record.kind.isAbnormal, record.opinion != nil, let reason = record.reason { add("  " + reason, .muted) }
        }

        if !input.documents.isEmpty {
            heading(DeskPhrases.detailDocumentsTitle)
            let labels = Dictionary(input.documents.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
            for document in input.documents {
                let name = document.number.map { "\(document.name)　\($0)" } ?? document.name
                // A corrected document is no longer the one in force: say which replaced it.
                if let replacedBy = document.replacedBy {
                    add(name + "　" + DeskPhrases.documentReplaced(labels[replacedBy] ?? "\(replacedBy)").text(l), .muted)
                } else {
                    add(name)
                }
            }
        }

        if !input.files.isEmpty {
            heading(CaseFilePhrases.detailFilesTitle)
            for file in input.files {
                let entry = file.isEvidence ? file.entry : (flow.item.material(file.entry)?.name ?? file.entry)
                let mark = (file.isEvidence ? CaseFilePhrases.evidenceMark : CaseFilePhrases.materialMark).template(l)
                add(CaseFilePhrases.detailFileLine(mark, entry, file.name, file.kind?.label ?? "?", String(file.sha256.prefix(8))).text(l))
            }
        }
        return lines.map { $0.fitted(to: width) }
    }
}
