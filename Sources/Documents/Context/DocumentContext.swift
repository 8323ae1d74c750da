import Localization
import Workflow

/// The values a template may name, built from a `DocumentInput`. Every string passes through
/// `DocumentText.clean`, so nothing a clerk typed can change a document's layout. The names are
/// ASCII (swift-mustache cannot read CJK tag names); `vocabulary` lists them all, and the template
/// check refuses a template naming anything else, so a misspelt tag is caught when the admin
/// saves it rather than printing as a blank in a served decision.
public enum DocumentContext {
    /// Every name a template may use, at any depth. `steps.<code>` also accepts any step code of
    /// the definitions. Kept beside `build`; a test checks the two agree.
    public static let vocabulary: Set<String> = [
        "bureau", "agency", "name", "address", "phone", "supervisionPhone",
        "document", "number", "hasNumber", "date", "isCorrection", "replaces", "correctionReason",
        "case", "id", "subject", "openedOn", "closedOn", "isClosed", "status", "itemName", "itemCode", "procedureName", "basis",
        "statutoryLimit", "promisedLimit", "isLicence", "isPenalty", "isOther",
        "party", "idKind", "idNumber", "contact", "isPerson", "isOrganization", "hasAddress", "you", "hasContact",
        "facts", "value", "hasFacts",
        "materials", "count", "form", "hasMaterials",
        "missing", "hasMissing",
        "action", "opinion", "reason", "actor", "hasOpinion", "hasReason", "officers", "hasOfficers", "officerNames", "certificate", "hasCertificate", "officerCertificates",
        "opinions", "step", "verdict", "text",
        "steps", "actions",
        "findings", "hasFindings",
        "penalty", "hasPenalty", "violations", "violation", "level", "circumstances", "standard", "caseID",
        "sanctions", "hasAmount", "amount", "capital", "hasFine", "totalFine", "totalFineCapital",
        "property", "hasProperty", "quantity", "unit", "isConfiscation",
        "penalties", "measures", "hasMeasures", "hasPenalties", "severalFines",
        "justification", "hasJustification", "mitigation", "hasMitigation",
        "extension", "hasExtension", "days",
        "documents", "hasDocuments", "decision", "hasDecision",
        "history", "from", "to",
        "flags", "hasFlags", "detail",
        "limitation", "hasLimitation", "actDate", "years", "lastDay",
        "deadline", "hasDeadline", "due", "moved", "movedFrom", "period", "hasPeriod", "hearingRight", "criminalTransfer",
        "query_code", "hasQueryCode",
        "hearing", "hasHearing", "time", "place", "publicity", "host", "servedOn", "recusals", "hasRecusals",
        "service", "hasService", "method", "recipient", "receiptNumber", "hasReceiptNumber",
        "payment", "hasPayment", "fine", "fineCapital", "surcharge", "surchargeCapital", "owed", "reminderDate", "decisionName", "decisionNumber", "decisionDate",
        "referral", "hasReferral", "measure", "addressee", "authority",
    ]

    /// The whole context as a dictionary; rendering asks `DocumentContextRoot` for values lazily.
    public static func build(_ input: DocumentInput) -> [String: Any] {
        DocumentContextRoot(input).all()
    }

    /// The names at the top of the context (`DocumentContextRoot` makes each on demand).
    static let topLevel = [
        "bureau", "agency", "document", "case", "party", "facts", "hasFacts", "materials", "hasMaterials", "opinions", "steps",
        "actions", "documents", "hasDocuments", "history", "flags", "hasFlags", "missing", "hasMissing", "action", "findings",
        "hasFindings", "hasPenalty", "penalty", "hasExtension", "extension", "hasDecision", "decision", "limitation", "hasLimitation",
        "deadline", "hasDeadline", "period", "hasPeriod", "hearingRight",
        "query_code", "hasQueryCode",
        "hearing", "hasHearing", "service", "hasService", "payment", "hasPayment",
        "referral", "hasReferral",
    ]

    // MARK: Parts

    static func clean(_ text: String) -> String { DocumentText.clean(text) }

    static func agency(_ bureau: BureauDefinition, _ item: ItemDefinition?) -> [String: Any] {
        let info = Dictionary((item?.publicInfo ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        return [
            "name": clean(info["implementer"] ?? bureau.name),
            "address": clean(info["address"] ?? ""),
            "phone": clean(info["phone"] ?? info["supervision-phone"] ?? ""),
            "supervisionPhone": clean(info["supervision-phone"] ?? ""),
        ]
    }

    static func document(_ input: DocumentInput) -> [String: Any] {
        var values: [String: Any] = [
            "name": clean(input.type.name),
            "number": clean(input.number ?? ""),
            "hasNumber": input.number != nil,
            "date": DocumentText.date(input.issuedOn),
            "isCorrection": input.replaces != nil,
            "correctionReason": clean(input.correctionReason ?? ""),
        ]
        if let replaced = input.replaces { values["replaces"] = reference(replaced) }
        return values
    }

    static func caseValues(_ state: CaseState, _ item: ItemDefinition?, _ flow: ItemFlow?) -> [String: Any] {
        let closedOn = state.isClosed ? state.history.last?.on : nil
        return [
            "id": state.id,
            "subject": clean(state.subject),
            "openedOn": DocumentText.date(state.openedOn),
            "closedOn": closedOn.map(DocumentText.date) ?? "",
            "isClosed": state.isClosed,
            "status": flow?.step(state.step)?.name ?? state.step,
            "itemName": clean(item?.name ?? state.itemCode),
            "violation": clean(item?.discretion?.violation ?? item?.name ?? state.itemCode),
            "itemCode": state.itemCode,
            "procedureName": clean(flow?.procedure.name ?? state.procedureCode),
            "basis": clean((item?.basis ?? []).map(\.citation).joined(separator: "、")),
            "statutoryLimit": item?.statutoryLimit?.description ?? "",
            "promisedLimit": item?.promisedLimit?.description ?? "",
            "isLicence": item?.kind == .licence,
            "isPenalty": item?.kind == .penalty,
            "isOther": item?.kind != .licence && item?.kind != .penalty,
            "criminalTransfer": clean(item?.criminalTransfer ?? ""),
        ]
    }

    static func party(_ party: CaseParty) -> [String: Any] {
        [
            "name": clean(party.name),
            "idKind": party.identity.kind.displayName.text(.zh),
            "idNumber": party.identity.value,
            "address": clean(party.address),
            "hasAddress": !party.address.isEmpty,
            "contact": clean(party.contact),
            "hasContact": !party.contact.isEmpty,
            // How a letter addresses the party: 你 to a person, 你单位 to an organisation.
            "you": party.kind == .person ? "你" : "你单位",
            "isPerson": party.kind == .person,
            "isOrganization": party.kind == .organization,
        ]
    }

    static func facts(_ facts: [String: FactValue], _ item: ItemDefinition?) -> [[String: Any]] {
        (item?.facts ?? []).compactMap { field in
            guard let value = facts[field.code] else { return nil }
            return ["name": clean(field.name), "value": clean(factText(value, unit: field.unit))]
        }
    }

    static func factText(_ value: FactValue, unit: String?) -> String {
        switch value {
        case let .date(date): DocumentText.date(date)
        case let .money(money): ChineseCapitalNumerals.figure(money) + "元"
        case let .quantity(quantity): quantity + (unit ?? "")
        case let .text(text): text
        }
    }

    static func materials(_ received: [String: Int], _ item: ItemDefinition?) -> [[String: Any]] {
        (item?.materials ?? []).compactMap { material in
            guard let count = received[material.code], count > 0 else { return nil }
            let form = material.form == .original ? "原件" : "复印件"
            return ["name": clean(material.name), "count": count, "form": form]
        }
    }

    static func opinion(of opinion: Opinion, _ flow: ItemFlow?) -> [String: Any] {
        [
            "step": clean(flow?.step(opinion.step)?.name ?? opinion.step),
            "actor": clean(opinion.actorName),
            "verdict": verdictText(opinion.verdict),
            "text": clean(opinion.text),
            "date": DocumentText.date(opinion.on),
        ]
    }

    static func verdictText(_ verdict: Verdict) -> String {
        switch verdict {
        case .positive: "同意"
        case .negative: "不同意"
        case .neutral: "意见"
        }
    }

    /// The latest opinion given at each step, by step code: `{{steps.statement.opinion}}`.
    static func steps(_ state: CaseState, _ flow: ItemFlow?) -> [String: Any] {
        var values: [String: Any] = [:]
        for record in state.history {
            values[record.from] = [
                "name": clean(flow?.step(record.from)?.name ?? record.from),
                "opinion": clean(record.opinion?.text ?? ""),
                "hasOpinion": record.opinion != nil,
                "actor": clean(record.actorName),
                "date": DocumentText.date(record.on),
            ] as [String: Any]
        }
        return values
    }

    /// The latest record of each action, by action code: `{{actions.statement-heard.opinion}}`,
    /// so a template can tell a statement reviewed from a hearing requested at the same step.
    static func actions(_ state: CaseState) -> [String: Any] {
        var values: [String: Any] = [:]
        for record in state.history {
            values[record.action] = [
                "name": clean(record.name),
                "opinion": clean(record.opinion?.text ?? ""),
                "hasOpinion": record.opinion != nil,
                "reason": clean(record.reason ?? ""),
                "actor": clean(record.actorName),
                "date": DocumentText.date(record.on),
            ] as [String: Any]
        }
        return values
    }

    static func actionValues(_ action: ActionRecord, _ names: [String: String]) -> [String: Any] {
        let officers = ([action.userID] + action.participants).reduce(into: [String]()) { list, id in
            if !list.contains(id) { list.append(id) }
        }
        return [
            "name": clean(action.name),
            "opinion": clean(action.opinion?.text ?? ""),
            "hasOpinion": !(action.opinion?.text ?? "").isEmpty,
            "reason": clean(action.reason ?? ""),
            "hasReason": !(action.reason ?? "").isEmpty,
            "actor": clean(action.actorName),
            "date": DocumentText.date(action.on),
            // Art. 55: the officers show their certificates; the document names each number.
            "officers": officers.map { id -> [String: Any] in
                let number = clean(action.certificates?[id] ?? "")
                return ["name": clean(names[id] ?? id), "certificate": number, "hasCertificate": !number.isEmpty]
            },
            "officerNames": officers.map { clean(names[$0] ?? $0) }.joined(separator: "、"),
            "officerCertificates": officers.map { id in
                let name = clean(names[id] ?? id)
                return action.certificates?[id].map { name + "（执法证号：" + clean($0) + "）" } ?? name
            }.joined(separator: "、"),
            "hasOfficers": officers.count > 1,
        ]
    }

    static func record(of record: ActionRecord, _ flow: ItemFlow?) -> [String: Any] {
        [
            "name": clean(record.name),
            "from": clean(flow?.step(record.from)?.name ?? record.from),
            "to": clean(flow?.step(record.to)?.name ?? record.to),
            "actor": clean(record.actorName),
            "date": DocumentText.date(record.on),
            "opinion": clean(record.opinion?.text ?? record.reason ?? ""),
        ]
    }

    static func reference(_ reference: DocumentReference) -> [String: Any] {
        [
            "name": clean(reference.name),
            "number": clean(reference.number ?? ""),
            "hasNumber": reference.number != nil,
            "date": DocumentText.date(reference.issuedOn),
        ]
    }

    static func penalty(_ decision: PenaltyDecision, _ set: DefinitionSet) -> [String: Any] {
        let total = decision.totalFine
        let fines = decision.violations.flatMap(\.sanctions).filter { $0.kind == .fine && $0.amount != nil }.count
        return [
            "violations": decision.violations.map { violation(of: $0, set) },
            "hasFine": total.fen > 0,
            "severalFines": fines > 1,
            "totalFine": ChineseCapitalNumerals.figure(total) + "元",
            "totalFineCapital": ChineseCapitalNumerals.yuan(total) ?? "",
            "justification": clean(decision.justification ?? ""),
            "hasJustification": !(decision.justification ?? "").isEmpty,
            // 行政处罚法 Art. 32: the decision names the ground of a reduced penalty.
            "hasMitigation": decision.mitigation != nil,
            "mitigation": decision.mitigation.map { "《中华人民共和国行政处罚法》第三十二条第" + $0.item + "项" } ?? "",
        ]
    }

    /// A deadline: the period, its last day, and where that day moved off a rest day,
    /// the day it was and the article that moved it.
    static func deadline(_ deadline: CaseDeadline, rule: RestDayRule?) -> [String: Any] {
        [
            "days": deadline.limit.description,
            "due": DocumentText.date(deadline.status.due),
            "moved": deadline.status.movedFrom != nil,
            "movedFrom": deadline.status.movedFrom.map(DocumentText.date) ?? "",
            "basis": clean(rule?.basis ?? ""),
        ]
    }

    /// 行政处罚法 Art. 36 as reckoned for the case: when the act was, how many years, the last day.
    static func limitation(_ reckoning: LimitationReckoning) -> [String: Any] {
        ["actDate": DocumentText.date(reckoning.act), "years": "\(reckoning.years)", "lastDay": DocumentText.date(reckoning.lastDay)]
    }

    static func violation(of violation: ViolationPenalty, _ set: DefinitionSet) -> [String: Any] {
        let benchmark = set.item(violation.itemCode)?.discretion
        let level = benchmark?.level(violation.level)
        return [
            "violation": clean(benchmark?.violation ?? violation.itemCode),
            "basis": clean(benchmark?.basis ?? ""),
            "level": clean(level?.name ?? violation.level),
            "circumstances": clean(level?.circumstances ?? ""),
            "standard": clean(level?.standard ?? ""),
            "caseID": violation.caseID,
            "sanctions": violation.sanctions.map { sanction($0, benchmark) },
            // Penalties of Art. 9 and the measures ordered with them (责令停止活动 is not a penalty).
            "penalties": violation.sanctions.filter { !$0.kind.isMeasure }.map { sanction($0, benchmark) },
            "measures": violation.sanctions.filter(\.kind.isMeasure).map { sanction($0, benchmark) },
            "hasPenalties": violation.sanctions.contains { !$0.kind.isMeasure },
            "hasMeasures": violation.sanctions.contains { $0.kind.isMeasure },
        ]
    }

    /// A sanction named in its article's own terms where the benchmark gives them (责令停止施工).
    static func sanction(_ sanction: Sanction, _ benchmark: DiscretionBenchmark? = nil) -> [String: Any] {
        [
            "name": clean(benchmark?.statutory(sanction.kind)?.term ?? PenaltyNames.phrase(sanction.kind).template(.zh)),
            "hasAmount": sanction.amount != nil,
            "amount": sanction.amount.map { ChineseCapitalNumerals.figure($0) + "元" } ?? "",
            "capital": sanction.amount.flatMap(ChineseCapitalNumerals.yuan) ?? "",
            // What a confiscation takes (Art. 59): the gains as an amount, the property as a list.
            "isConfiscation": sanction.kind == .confiscateGains || sanction.kind == .confiscateProperty,
            "hasProperty": !(sanction.property ?? []).isEmpty,
            "property": (sanction.property ?? []).map { ["name": clean($0.name), "quantity": clean($0.quantity), "unit": clean($0.unit)] },
        ]
    }
}
