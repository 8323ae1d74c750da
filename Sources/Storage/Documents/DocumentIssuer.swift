import Crypto
import Documents
import Foundation
import GRDB
import Localization
import Workflow

/// Issues one document inside a transaction the caller holds: draws the next number of its type
/// and year under the write lock, renders the text from the case, stores text and SHA-256, and
/// appends the audit record carrying the hash. If rendering fails, the caller's transaction fails
/// with it: a decision is never recorded without its document.
enum DocumentIssuer {
    struct Request {
        let code: String
        let state: CaseState
        let action: ActionRecord?
        let eventSeq: Int64
        let actorID: String
        let at: Date
        var replaces: IssuedDocument?
        var correctionReason: String?
        /// For the deadline a document states; documents issued without it state the period only.
        var calendar: WorkCalendar? = nil
    }

    @discardableResult
    static func issue(_ request: Request, definitions: DefinitionRepository, _ db: Database) throws -> Int64 {
        let set = try definitions.set(version: Int64(request.state.flowVersion), db)
        let bureau = set.bureau
        let type = bureau.document(request.code) ?? DocumentType(code: request.code, name: request.code, word: nil)
        let year = CivilDate.inShanghai(request.at).year
        var seq: Int?
        var number: String?
        if type.word != nil {
            let next = (try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(seq) FROM document WHERE type = ? AND year = ?"), arguments: [request.code, year]) ?? 0) + 1
            seq = next
            number = type.number(agencyCode: bureau.agencyCode, year: year, sequence: next)
        }
        let (renderer, templateVersion) = try definitions.renderer(for: request.code, version: Int64(request.state.flowVersion), db)
        let input = DocumentInput(
            set: set, state: request.state, type: type, number: number, issuedOn: CivilDate.inShanghai(request.at), action: request.action,
            userNames: try userNames(of: request.action, in: request.state, db), earlier: try references(request.state.id, db),
            replaces: request.replaces.map { reference($0) }, correctionReason: request.correctionReason, calendar: request.calendar,
            queryCode: try QueryCodeRecorder.code(of: request.state.id, db)
        )
        let body: String
        do {
            body = try renderer.render(input)
        } catch {
            throw StorageError(DocumentPhrases.renderFailed(type.name, error.storageMessage))
        }
        let hash = digest(body)
        try db.cachedStatement(sql: """
            INSERT INTO document (case_id, event_seq, type, name, year, seq, number, issued_at, body, hash, flow_version, replaces, issued_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [request.state.id, request.eventSeq, request.code, type.name, year, seq, number, request.at.timeIntervalSince1970,
                             body, hash, templateVersion, request.replaces?.id, request.actorID])
        let id = db.lastInsertedRowID
        let replaces = request.replaces.map { ",\"replaces\":\($0.id)" } ?? ""
        let audit = "{\"id\":\(id),\"type\":\"\(request.code)\",\"number\":\(UserRepository.quoted(number ?? "")),\"event\":\(request.eventSeq),\"hash\":\"\(hash)\"\(replaces)}"
        try AuditChain.append(kind: request.replaces == nil ? "document.issued" : "document.corrected", body: audit,
                              userID: request.actorID, caseID: request.state.id, eventSeq: nil, at: request.at, db)
        return id
    }

    static func digest(_ body: String) -> String {
        ChainDigest.hex(of: body)
    }

    static func userNames(_ db: Database) throws -> [String: String] {
        Dictionary(try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name FROM user")).map { ($0["id"] as String, $0["name"] as String) }, uniquingKeysWith: { a, _ in a })
    }

    /// The names of the people a document can name: the action's officer and fellow officers,
    /// and a user chosen in any action's inputs (the hearing's host, named again in the 听证笔录),
    /// not the whole user table. Every input's value is looked up: one that is not a user id finds
    /// no one.
    static func userNames(of action: ActionRecord?, in state: CaseState, _ db: Database) throws -> [String: String] {
        var ids = action.map { [$0.userID] + $0.participants } ?? []
        for record in state.history { ids += (record.inputs ?? [:]).sorted { $0.key < $1.key }.map(\.value) }
        var names: [String: String] = [:]
        let statement = try db.cachedStatement(sql: "SELECT name FROM user WHERE id = ?")
        for id in ids where names[id] == nil {
            if let name = try String.fetchOne(statement, arguments: [id]) { names[id] = name }
        }
        return names
    }

    /// The case's earlier documents as a document refers to them; only the columns that takes.
    static func references(_ caseID: String, _ db: Database) throws -> [DocumentReference] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT type, name, number, issued_at FROM document WHERE case_id = ? ORDER BY event_seq, id"),
                         arguments: [caseID]).map { row in
            DocumentReference(type: row[0], name: row[1], number: row[2], issuedOn: CivilDate.inShanghai(Date(timeIntervalSince1970: row[3])))
        }
    }

    static func reference(_ document: IssuedDocument) -> DocumentReference {
        DocumentReference(type: document.type, name: document.name, number: document.number, issuedOn: CivilDate.inShanghai(document.issuedAt))
    }

    static let selection = """
        SELECT d.*, (SELECT r.id FROM document r WHERE r.replaces = d.id) AS replaced_by,
               (SELECT COUNT(*) FROM document_print p WHERE p.document_id = d.id AND p.status = 'printed') AS prints
        FROM document d
        """

    static func fetch(_ caseID: String, _ db: Database) throws -> [IssuedDocument] {
        try Row.fetchAll(db.cachedStatement(sql: selection + " WHERE d.case_id = ? ORDER BY d.event_seq, d.id"), arguments: [caseID]).map(document)
    }

    static func fetch(id: Int64, _ db: Database) throws -> IssuedDocument? {
        try Row.fetchOne(db, sql: selection + " WHERE d.id = ?", arguments: [id]).map(document)
    }

    static func document(_ row: Row) -> IssuedDocument {
        IssuedDocument(
            id: row["id"], caseID: row["case_id"], type: row["type"], name: row["name"], number: row["number"], eventSeq: row["event_seq"],
            issuedAt: Date(timeIntervalSince1970: row["issued_at"]), body: row["body"], hash: row["hash"], replaces: row["replaces"],
            replacedBy: row["replaced_by"], prints: row["prints"] ?? 0
        )
    }
}

extension Error {
    /// The message of an error from the layers below, for wrapping into a Storage message.
    var storageMessage: Message {
        switch self {
        case let error as DocumentError: error.message
        case let error as StorageError: error.message
        case let message as Message: message
        default: StoragePhrases.unexpected("\(self)")
        }
    }
}
