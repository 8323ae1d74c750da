import Foundation
import Localization
import Storage
import Workflow

/// Runs one batch line against the store and describes the outcome as a JSON object.
struct BatchRunner {
    let store: PowerDeskStore
    let actor: Actor
    let language: Language

    func run(_ text: String, line: Int) -> [String: Any] {
        let operation: BatchOperation
        do {
            operation = try JSONDecoder().decode(BatchOperation.self, from: Data(text.utf8))
        } catch {
            return failure(line, [StoragePhrases.badBatchLine(line, Self.describe(error).text(language)).text(language)])
        }
        do {
            let result: CaseResult
            switch operation.op {
            case "open": result = try open(operation)
            case "act": result = try act(operation)
            case "materials":
                result = try store.cases.addMaterials(try caseID(operation), operation.materials ?? [:], expectedRevision: operation.revision,
                                                      by: actor, requestID: operation.request)
            case "facts":
                let id = try caseID(operation)
                let facts = try parseFacts(operation.facts ?? [:], item: try store.cases.load(id).itemCode, version: Int64(store.cases.load(id).flowVersion))
                result = try store.cases.recordFacts(id, facts, expectedRevision: operation.revision, by: actor, requestID: operation.request)
            case "party":
                let id = try caseID(operation)
                let current = try store.cases.load(id).party
                result = try store.cases.amendParty(id, address: operation.address ?? current.address, contact: operation.contact ?? current.contact,
                                                    reason: operation.reason ?? "", expectedRevision: operation.revision, by: actor, requestID: operation.request)
            case "attach":
                let id = try caseID(operation)
                guard let file = operation.file else { throw CommandPhrases.batchMissingField("file") }
                guard (operation.material == nil) != (operation.evidence == nil) else { throw CaseFilePhrases.entryRequired() }
                let outcome = try CaseFiling.file(file, entry: operation.material ?? operation.evidence ?? "", evidence: operation.evidence != nil,
                                                  caseID: id, store: store, actor: actor)
                let state = try store.cases.load(id)
                return [
                    "line": line, "ok": true, "case": id, "step": state.step, "status": state.status.rawValue, "revision": state.revision,
                    "repeated": outcome.result.repeated, "sha256": outcome.result.file.sha256, "kind": outcome.result.file.kind?.rawValue ?? "",
                    "materialRecorded": outcome.result.materialRecorded,
                ]
            default:
                throw CommandPhrases.batchUnknownOp(operation.op)
            }
            return [
                "line": line, "ok": true, "case": result.state.id, "step": result.state.step, "status": result.state.status.rawValue,
                "revision": result.state.revision, "repeated": result.repeated,
            ]
        } catch {
            return failure(line, ErrorReport.lines(error, language))
        }
    }

    func failure(_ line: Int, _ errors: [String]) -> [String: Any] {
        ["line": line, "ok": false, "errors": errors]
    }

    private func caseID(_ operation: BatchOperation) throws -> String {
        guard let id = operation.case?.trimmingCharacters(in: .whitespaces).uppercased(), !id.isEmpty else { throw CommandPhrases.batchMissingField("case") }
        return id
    }

    private func open(_ operation: BatchOperation) throws -> CaseResult {
        guard let itemCode = operation.item else { throw CommandPhrases.batchMissingField("item") }
        guard let party = operation.party else { throw CommandPhrases.batchMissingField("party") }
        guard let kind = PartyKind(rawValue: party.kind) else { throw CommandPhrases.batchBadValue("party.kind", party.kind) }
        let identity: IdentityNumber
        if let idKind = party.idKind {
            guard let known = IdentityKind(rawValue: idKind) else { throw CommandPhrases.batchBadValue("party.idKind", idKind) }
            identity = try IdentityCheck.validate(party.id, as: known).get()
        } else if kind == .organization {
            // An organisation's number is a credit code, or an old organisation code.
            let compact = IdentityCheck.normalize(party.id).replacingOccurrences(of: "-", with: "")
            identity = try IdentityCheck.validate(party.id, as: compact.count == 18 ? .creditCode : .organizationCode).get()
        } else {
            identity = try IdentityCheck.detectAndValidate(party.id).get()
        }
        let (version, _) = try store.definitions.activeSet()
        let facts = try parseFacts(operation.facts ?? [:], item: itemCode, version: version)
        let draft = CaseDraft(itemCode: itemCode, procedureCode: operation.procedure,
                              party: CaseParty(kind: kind, name: party.name, identity: identity, contact: party.contact ?? "", address: party.address ?? ""),
                              subject: operation.subject ?? "", materials: operation.materials ?? [:], facts: facts,
                              partyRenameReason: party.renameReason)
        return try store.cases.open(draft, by: actor, requestID: operation.request)
    }

    private func act(_ operation: BatchOperation) throws -> CaseResult {
        let id = try caseID(operation)
        guard let action = operation.action else { throw CommandPhrases.batchMissingField("action") }
        var penalty: PenaltyDecision?
        if let given = operation.penalty {
            let state = try store.cases.load(id)
            var mitigation: MitigationGround?
            if let ground = given.mitigation {
                guard let known = MitigationGround(rawValue: ground) else { throw CommandPhrases.batchBadValue("penalty.mitigation", ground) }
                mitigation = known
            }
            penalty = PenaltyDecision(violations: try given.violations.map { violation in
                ViolationPenalty(itemCode: violation.item ?? state.itemCode, caseID: violation.case ?? id, level: violation.level,
                                 sanctions: try violation.sanctions.map { sanction in
                                     guard let kind = PenaltyKind(rawValue: sanction.kind) else { throw CommandPhrases.batchBadValue("sanctions.kind", sanction.kind) }
                                     var amount: Money?
                                     if let yuan = sanction.yuan {
                                         guard let money = Money.parseYuan(yuan) else { throw CommandPhrases.batchBadValue("sanctions.yuan", yuan) }
                                         amount = money
                                     }
                                     let property = sanction.property?.map { ConfiscatedItem(name: $0.name, quantity: $0.quantity, unit: $0.unit ?? "") }
                                     return Sanction(kind: kind, amount: amount, property: property)
                                 })
            }, justification: given.justification, mitigation: mitigation)
        }
        let command = CaseCommand(action: action, opinion: operation.opinion, reason: operation.reason, participants: operation.participants ?? [],
                                  penalty: penalty, merge: operation.merge ?? [], inputs: operation.inputs ?? [:])
        return try store.cases.act(id, command, expectedRevision: operation.revision, by: actor, requestID: operation.request)
    }

    /// Facts arrive as text, as a clerk types them, and are parsed by each field's type.
    private func parseFacts(_ raw: [String: String], item: String, version: Int64) throws -> [String: FactValue] {
        guard !raw.isEmpty else { return [:] }
        let set = try store.definitions.set(version: version)
        guard let definition = set.item(item) else { throw Rejection([EnginePhrases.unknownItem(item)]) }
        var facts: [String: FactValue] = [:]
        var problems: [Message] = []
        for (code, text) in raw.sorted(by: { $0.key < $1.key }) {
            guard let field = definition.fact(code) else {
                problems.append(EnginePhrases.unknownFact(code, definition.name))
                continue
            }
            switch FactValue.parse(text, as: field) {
            case let .success(value): facts[code] = value
            case let .failure(problem): problems.append(problem)
            }
        }
        if !problems.isEmpty { throw Rejection(problems) }
        return facts
    }

    /// What is wrong with a line the decoder refused, with the field's path as the line names it.
    static func describe(_ error: Error) -> Message {
        func path(_ context: DecodingError.Context, _ last: (any CodingKey)? = nil) -> String {
            (context.codingPath + (last.map { [$0] } ?? [])).map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let DecodingError.keyNotFound(key, context): return CommandInputPhrases.missingField(path(context, key))
        case let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context):
            return CommandInputPhrases.wrongType(path(context), expected(type))
        case let DecodingError.dataCorrupted(context):
            return context.codingPath.isEmpty ? CommandInputPhrases.notJSON() : CommandInputPhrases.badValue(path(context))
        default: return CommandInputPhrases.notJSON()
        }
    }

    /// The kind of JSON value a Swift type is read from, in the user's words.
    static func expected(_ type: Any.Type) -> Message {
        switch type {
        case is String.Type, is String?.Type: CommandInputPhrases.typeText()
        case is Int.Type, is Int64.Type, is Int?.Type, is Int64?.Type: CommandInputPhrases.typeInteger()
        case is Bool.Type, is Bool?.Type: CommandInputPhrases.typeBoolean()
        default:
            "\(type)".hasPrefix("Dictionary") || "\(type)".hasPrefix("Optional<Dictionary") ? CommandInputPhrases.typeObject()
                : "\(type)".hasPrefix("Array") || "\(type)".hasPrefix("Optional<Array") ? CommandInputPhrases.typeList() : CommandInputPhrases.typeOther()
        }
    }

    /// One result as a line of JSON that stays valid and unambiguous whatever a user typed:
    /// controls, bidirectional overrides and line separators are written as `\uXXXX` escapes
    /// (they can only occur inside strings), so no terminal, log viewer or JavaScript parser
    /// reading the output obeys or reorders them.
    static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        var out = String.UnicodeScalarView()
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
