import Documents
import Foundation
import GRDB
import Localization
import Workflow

/// Issued documents: read, corrected by a new document that names the one it replaces, printed
/// with every print logged. Each change is one transaction with its audit record.
public final class DocumentRepository: DocumentStore {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository
    let cases: CaseService

    init(database: PowerDeskDatabase, definitions: DefinitionRepository, cases: CaseService) {
        self.database = database
        self.definitions = definitions
        self.cases = cases
    }

    public func documents(_ caseID: String) throws -> [IssuedDocument] {
        try ArchivedReads.read(caseID, database) { try DocumentIssuer.fetch(caseID, $0) }
    }

    public func document(_ id: Int64) throws -> IssuedDocument {
        guard let document = try database.read({ try DocumentIssuer.fetch(id: id, $0) }) ?? ArchivedReads.document(id: id, number: nil, database) else {
            throw StorageError(DocumentPhrases.unknownDocument("\(id)"))
        }
        return document
    }

    public func document(reference: String) throws -> IssuedDocument {
        let text = reference.trimmingCharacters(in: .whitespaces)
        let found = try database.read { db -> IssuedDocument? in
            for number in Self.numberSpellings(text) {
                if let row = try Row.fetchOne(db, sql: DocumentIssuer.selection + " WHERE d.number = ?", arguments: [number]) {
                    return DocumentIssuer.document(row)
                }
            }
            guard let id = Int64(text) else { return nil }
            return try DocumentIssuer.fetch(id: id, db)
        }
        guard let found = try found ?? ArchivedReads.document(id: Int64(text), number: Self.numberSpellings(text).last, database) else {
            throw StorageError(DocumentPhrases.unknownDocument(text))
        }
        return found
    }

    /// A number as typed and as GB/T 9704 writes it: ASCII or full-width brackets for 〔〕, as
    /// people type them without the input method's special brackets.
    static func numberSpellings(_ text: String) -> [String] {
        var normal = text
        for (typed, proper) in [("[", "〔"), ("]", "〕"), ("［", "〔"), ("］", "〕"), ("【", "〔"), ("】", "〕"), ("(", "〔"), (")", "〕"), ("（", "〔"), ("）", "〕")] {
            normal = normal.replacingOccurrences(of: typed, with: proper)
        }
        return normal == text ? [text] : [text, normal]
    }

    /// A correction is a new document of the same type, with the next number, rendered from the
    /// case as it stands and naming the document it replaces; the original stays as issued. Only
    /// the post of the step that produced the original may correct it.
    public func correct(_ id: Int64, reason: String, partyAddress: String?, by actor: Actor) throws -> IssuedDocument {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StorageError(DocumentPhrases.correctionNeedsReason()) }
        let at = EventCoding.truncate(database.clock.now())
        let calendar = try definitions.calendar()
        let newID = try database.write { db -> Int64 in
            guard let original = try DocumentIssuer.fetch(id: id, db) else { throw StorageError(DocumentPhrases.unknownDocument("\(id)")) }
            if let refusal = try correctionRefusal(original, by: actor, db) { throw refusal }
            // A wrong address is put right in the case first, in the same transaction, so the
            // case and the corrected document agree.
            if let address = partyAddress?.trimmingCharacters(in: .whitespacesAndNewlines), !address.isEmpty {
                let current = try cases.loadState(original.caseID, db)
                if address != current.party.address {
                    _ = try cases.change(original.caseID, expectedRevision: nil, request: nil, at: at, calendar: calendar, db) { engine, state, at, _ in
                        // Authorised above: the post that may correct this document.
                        engine.amendParty(address: address, contact: state.party.contact, reason: reason, on: state, by: actor, at: at,
                                          alsoAllowed: actor.posts)
                    }
                }
            }
            let (state, _) = try stateAndDefinitions(original.caseID, db)
            let producer = state.history.last { $0.documents.contains(original.type) }
            let request = DocumentIssuer.Request(code: original.type, state: state, action: producer, eventSeq: original.eventSeq,
                                                 actorID: actor.userID, at: at, replaces: original, correctionReason: reason, calendar: calendar)
            return try DocumentIssuer.issue(request, definitions: definitions, db)
        }
        return try document(newID)
    }

    public func beginPrint(_ id: Int64, by actor: Actor) throws -> PrintTicket {
        let bureau = try definitions.activeSet().set.bureau
        // Supervision and administration read; what they print is always a copy.
        let readsOnly = actor.posts.allSatisfy { post in post == "admin" || (bureau.post(post)?.readOnly ?? false) }
        let at = EventCoding.truncate(database.clock.now())
        return try database.write { db in
            guard let document = try DocumentIssuer.fetch(id: id, db) else { throw StorageError(DocumentPhrases.unknownDocument("\(id)")) }
            let made = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document_print WHERE document_id = ? AND status <> 'failed'", arguments: [id]) ?? 0
            let replacedBy = try document.replacedBy.flatMap { try DocumentIssuer.fetch(id: $0, db)?.label }
            let copy = made > 0 || readsOnly || replacedBy != nil
            try db.execute(sql: "INSERT INTO document_print (document_id, at, user_id, copy, status) VALUES (?, ?, ?, ?, 'pending')",
                           arguments: [id, at.timeIntervalSince1970, actor.userID, copy])
            return PrintTicket(printID: db.lastInsertedRowID, documentID: id, sequence: made + 1, copy: copy, replacedBy: replacedBy)
        }
    }

    /// Ends a print as printed, failed, or written to a file (`writtenToFile`: no printer, or
    /// `lp` failed, and the document went to that file to be printed elsewhere). A written file
    /// is an original like a print — the next print is a copy — but the audit trail says where it
    /// went (`document.writtenToFile`), never that it was printed.
    public func finishPrint(
        _ ticket: PrintTicket, succeeded: Bool, destination: String, path: String?, detail: String?,
        writtenToFile: String?,
        by actor: Actor
    ) throws {
        let at = EventCoding.truncate(database.clock.now())
        let destination = writtenToFile == nil ? destination : "file"
        let path = writtenToFile ?? path
        try database.write { db in
            guard let document = try DocumentIssuer.fetch(id: ticket.documentID, db) else { throw StorageError(DocumentPhrases.unknownDocument("\(ticket.documentID)")) }
            try db.execute(sql: "UPDATE document_print SET status = ?, destination = ?, path = ? WHERE id = ? AND status = 'pending'",
                           arguments: [succeeded ? "printed" : "failed", destination, path, ticket.printID])
            var body = "{\"id\":\(ticket.documentID),\"number\":\(UserRepository.quoted(document.label)),\"copy\":\(ticket.copy),\"destination\":\(UserRepository.quoted(destination))"
            if let path { body += ",\"path\":\(UserRepository.quoted(path))" }
            if let detail, !succeeded || writtenToFile != nil { body += ",\"detail\":\(UserRepository.quoted(detail))" }
            body += "}"
            let kind =
                !succeeded
                ? "document.printFailed" : writtenToFile == nil ? "document.printed" : "document.writtenToFile"
            try AuditChain.append(
                kind: kind, body: body, userID: actor.userID, caseID: document.caseID, eventSeq: nil, at: at, db)
        }
    }

    public func correctionRefusal(_ id: Int64, by actor: Actor) throws -> Message? {
        try database.read { db in
            guard let original = try DocumentIssuer.fetch(id: id, db) else { return DocumentPhrases.unknownDocument("\(id)") }
            return try correctionRefusal(original, by: actor, db)?.message
        }
    }

    /// Why the actor may not correct the document, with the state and definitions it was judged on.
    private func correctionRefusal(_ original: IssuedDocument, by actor: Actor, _ db: Database) throws -> StorageError? {
        if let newer = original.replacedBy, let replacement = try DocumentIssuer.fetch(id: newer, db) {
            return StorageError(DocumentPhrases.alreadyReplaced(replacement.label))
        }
        let (state, set) = try stateAndDefinitions(original.caseID, db)
        // The posts that may take the action that produced it; none found means no one may
        // (closed by default rather than open to all).
        let producer = state.history.last { $0.documents.contains(original.type) }
        let flow = set.flow(item: state.itemCode, procedure: state.procedureCode)
        let step = producer.flatMap { flow?.step($0.from) }
        let action = step?.actions.first { $0.code == producer?.action }
        let posts = flow.flatMap { flow in step.flatMap { step in action.map { flow.posts(for: $0, at: step) } } } ?? []
        if posts.isEmpty || actor.posts.isDisjoint(with: posts) {
            let names = posts.map { set.bureau.post($0)?.name ?? $0 }.joined(separator: "、")
            return StorageError(DocumentPhrases.notYourDocument(names.isEmpty ? "—" : names))
        }
        return nil
    }

    private func stateAndDefinitions(_ caseID: String, _ db: Database) throws -> (CaseState, DefinitionSet) {
        let state = try cases.loadState(caseID, db)
        return (state, try definitions.set(version: Int64(state.flowVersion), db))
    }

    /// Records a printed archive, or one written to a file instead (`writtenToFile`).
    public func recordArchivePrint(
        _ caseID: String, destination: String, writtenToFile: String?, by actor: Actor
    ) throws {
        let at = EventCoding.truncate(database.clock.now())
        try database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM \"case\" WHERE id = ?", arguments: [caseID]) == true else {
                throw StorageError(StoragePhrases.unknownCase(caseID))
            }
            var body =
                "{\"case\":\(UserRepository.quoted(caseID)),\"destination\":\(UserRepository.quoted(writtenToFile == nil ? destination : "file"))"
            if let writtenToFile { body += ",\"path\":\(UserRepository.quoted(writtenToFile))" }
            body += "}"
            try AuditChain.append(
                kind: writtenToFile == nil ? "archive.printed" : "archive.writtenToFile", body: body,
                userID: actor.userID, caseID: caseID,
                eventSeq: nil, at: at, db)
        }
    }

    public func auditTrail(_ caseID: String) throws -> [AuditRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE case_id = ? ORDER BY seq", arguments: [caseID]).map { row in
                AuditRecord(seq: row["seq"], atMilliseconds: row["at_ms"], userID: row["user_id"], caseID: row["case_id"], eventSeq: row["event_seq"],
                            kind: row["kind"], body: row["body"], previousHash: row["prev_hash"], hash: row["hash"])
            }
        }
    }

    public func archive(_ caseID: String) throws -> CaseArchive {
        let at = database.clock.now()
        return try ArchivedReads.read(caseID, database) { db in
            let state = try cases.loadState(caseID, db)
            let set = try definitions.set(version: Int64(state.flowVersion), db)
            let issued = try DocumentIssuer.fetch(caseID, db)
            let labels = Dictionary(issued.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            let coverCode = "case-cover"
            let cover: String
            if let stored = issued.last(where: { $0.type == coverCode })?.body {
                cover = stored
            } else {
                let type = set.bureau.document(coverCode) ?? DocumentType(code: coverCode, name: DocumentPhrases.archiveCover.template(.zh), word: nil)
                let renderer = try definitions.renderer(for: coverCode, version: Int64(state.flowVersion), db).renderer
                let input = DocumentInput(set: set, state: state, type: type, number: nil, issuedOn: CivilDate.inShanghai(at), action: nil,
                                          userNames: try DocumentIssuer.userNames(db), earlier: issued.map(DocumentIssuer.reference))
                do { cover = try renderer.render(input) } catch { throw StorageError(DocumentPhrases.renderFailed(type.name, error.storageMessage)) }
            }
            let documents = issued.filter { $0.type != coverCode }.compactMap { document -> ArchivedDocument? in
                guard let body = document.body else { return nil }
                return ArchivedDocument(name: document.name, number: document.number, issuedOn: CivilDate.inShanghai(document.issuedAt),
                                        body: body, replacedBy: document.replacedBy.flatMap { labels[$0] })
            }
            let names = try DocumentIssuer.userNames(db)
            let trail = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE case_id = ? ORDER BY seq", arguments: [caseID]).map { row in
                ArchiveTrailEntry(seq: row["seq"], at: Date(timeIntervalSince1970: Double(row["at_ms"] as Int64) / 1000),
                                  actor: names[row["user_id"] as String] ?? row["user_id"],
                                  what: AuditDescription.describe(kind: row["kind"], body: row["body"], flow: set.flow(item: state.itemCode, procedure: state.procedureCode),
                                                                  bureau: set.bureau),
                                  hash: row["hash"])
            }
            return CaseArchive(state: state, set: set, cover: cover, documents: documents, trail: trail, userNames: names)
        }
    }
}
