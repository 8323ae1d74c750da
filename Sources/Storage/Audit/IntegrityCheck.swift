import Foundation
import GRDB
import Localization
import Workflow

/// `audit verify`: the hash chain, then every case event against its audit record, then every
/// case's stored state against the replay of its events (`CaseReplayCheck`), then the supervision
/// summaries against the events (`SupervisionLedger`), then documents, compiled definitions,
/// posts and the case files (re-hashed). Stops at the first fault found.
enum IntegrityCheck {
    static func run(_ reader: any DatabaseReader, definitions: DefinitionRepository, anchors: [AuditAnchor] = []) throws -> AuditVerification {
        var chain = try AuditChain.verify(reader)
        guard chain.isIntact else { return chain }
        let (problem, checked) = try reader.read { try against(anchors, records: chain.records, $0) }
        if let problem { return AuditVerification(records: chain.records, head: chain.head, problem: (problem.seq, problem.reason)) }
        chain.anchorsChecked = checked
        let fault = { (seq: Int64, reason: Message) in AuditVerification(records: chain.records, head: chain.head, problem: (seq, reason)) }
        if let problem = try reader.read({ try eventsAgainstAudit($0) }) { return fault(problem.seq, problem.reason) }
        if let problem = try ArchiveVerifier.firstProblem(reader) { return fault(problem.seq, problem.reason) }
        switch try CaseReplayCheck.firstMismatch(reader, definitions: definitions) {
        case let .state(caseID)?: return fault(0, StoragePhrases.auditStateMismatch(caseID))
        case let .ledger(cell)?: return fault(0, SupervisionPhrases.ledgerMismatch(cell))
        case nil: break
        }
        if let cell = try reader.read({ try DeskCounts.firstMismatch($0) }) { return fault(0, AdminPhrases.countMismatch(cell)) }
        return try reader.read { try contents(chain, $0, definitions: definitions) }
    }

    /// The chain against the anchors of this database (those of others are passed over): each
    /// anchored record must still carry its anchored hash, and the chain must reach the latest.
    static func against(_ anchors: [AuditAnchor], records: Int, _ db: Database) throws -> (ChainVerifier.Problem?, Int) {
        guard !anchors.isEmpty, let origin = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = 1") else { return (nil, 0) }
        let mine = anchors.filter { $0.origin == origin }.sorted { $0.seq < $1.seq }
        let lookup = try db.makeStatement(sql: "SELECT hash FROM audit WHERE seq = ?")
        for anchor in mine {
            guard anchor.seq <= Int64(records) else {
                return (ChainVerifier.Problem(seq: anchor.seq, reason: StoragePhrases.auditShorterThanAnchor(records, anchor.seq, AuditAnchor.describe(anchor.at))), mine.count)
            }
            if try String.fetchOne(lookup, arguments: [anchor.seq]) != anchor.hash {
                return (ChainVerifier.Problem(seq: anchor.seq, reason: StoragePhrases.auditAnchorMismatch(AuditAnchor.describe(anchor.at))), mine.count)
            }
        }
        return (nil, mine.count)
    }

    /// Every event has its audit record with the same body, and every audit record of an event
    /// still has its event. SQLite compares the texts, with no string made per row.
    static func eventsAgainstAudit(_ db: Database) throws -> ChainVerifier.Problem? {
        if let row = try Row.fetchOne(db, sql: """
            SELECT e.case_id, e.seq, a.seq AS audit_seq
            FROM case_event e LEFT JOIN audit a ON a.case_id = e.case_id AND a.event_seq = e.seq
            WHERE a.body IS NOT e.body ORDER BY e.case_id, e.seq LIMIT 1
            """) {
            return ChainVerifier.Problem(seq: row["audit_seq"] ?? 0, reason: StoragePhrases.auditEventMissing(row["case_id"] as String? ?? "", row["seq"] as Int64? ?? 0))
        }
        if let orphan = try Row.fetchOne(db, sql: """
            SELECT a.seq, a.case_id, a.event_seq FROM audit a
            LEFT JOIN case_event e ON e.case_id = a.case_id AND e.seq = a.event_seq
            WHERE a.event_seq IS NOT NULL AND e.case_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.id = a.case_id AND c.archived_in IS NOT NULL) ORDER BY a.seq LIMIT 1
            """) {
            return ChainVerifier.Problem(seq: orphan["seq"], reason: StoragePhrases.auditEventDeleted(orphan["case_id"] as String? ?? "", orphan["event_seq"] as Int64? ?? 0))
        }
        return nil
    }

    /// What is left after the chain, the events and the cases, in one read transaction.
    static func contents(_ chain: AuditVerification, _ db: Database, definitions: DefinitionRepository) throws -> AuditVerification {
        let fault = { (seq: Int64, reason: Message) in AuditVerification(records: chain.records, head: chain.head, problem: (seq, reason)) }
        // Numbers run 1, 2, 3... per type and year: a deleted or added document breaks the run.
        if let gap = try Row.fetchOne(db, sql: """
            SELECT type, year FROM (SELECT type, year, seq FROM document UNION ALL SELECT type, year, seq FROM archived_document)
            WHERE seq IS NOT NULL GROUP BY type, year HAVING MAX(seq) <> COUNT(*) LIMIT 1
            """) {
            return fault(0, StoragePhrases.auditDocumentGap(gap["type"] as String, gap["year"] as Int))
        }
        if let document = try documentMismatch(db) {
            return fault(0, DocumentPhrases.hashMismatch(document))
        }
        if let audited = try DatabaseKind.audited(db), audited.rawValue != (try MetaTable.get("kind", db)) {
            return fault(0, StoragePhrases.auditKindChanged(audited.rawValue))
        }
        if let version = try definitions.compiledMismatch(db) {
            return fault(0, StoragePhrases.auditCompiledMismatch(version))
        }
        if let user = try postsMismatch(db) {
            return fault(0, StoragePhrases.auditPostsMismatch(user))
        }
        if let user = try secretMismatch(db) {
            return fault(0, StoragePhrases.auditSecretMismatch(user))
        }
        if let file = try AttachmentRepository.contentMismatch(db) {
            return fault(0, CaseFilePhrases.auditAttachmentMismatch(file))
        }
        if let file = try AttachmentRepository.unaudited(db) {
            return fault(0, CaseFilePhrases.auditAttachmentUnaudited(file.caseID, file.sha256))
        }
        if let problem = try TranscriptRepository.auditProblem(db) { return fault(0, problem) }
        if let problem = try OutboxVerifier.firstProblem(db) { return fault(0, problem.reason) }
        return chain
    }

    /// Every issued text still hashes to the digest its audit record carries: the triggers stop
    /// an UPDATE through PowerDesk, this finds one made by dropping them.
    private static func documentMismatch(_ db: Database) throws -> String? {
        var audited: [Int64: String] = [:]
        let records = try Row.fetchCursor(db, sql: "SELECT body FROM audit WHERE kind IN ('document.issued', 'document.corrected') ORDER BY seq")
        while let row = try records.next() {
            guard let object = try? JSONSerialization.jsonObject(with: Data((row["body"] as String).utf8)) as? [String: Any],
                  let id = (object["id"] as? NSNumber)?.int64Value, let hash = object["hash"] as? String
            else { continue }
            audited[id] = hash
        }
        let documents = try Row.fetchCursor(db, sql: "SELECT id, number, name, body FROM document WHERE body IS NOT NULL ORDER BY id")
        while let row = try documents.next() {
            let id: Int64 = row["id"]
            if audited[id] != DocumentIssuer.digest(row["body"]) {
                return (row["number"] as String?) ?? "\(row["name"] as String)（\(id)）"
            }
        }
        return nil
    }

    /// Every user's stored password as the audit trail last recorded it (by digest): a password
    /// reset with the sqlite3 shell, with no audit record, is found. Users recorded before the
    /// digest was kept have none to compare.
    private static func secretMismatch(_ db: Database) throws -> String? {
        var recorded: [String: String] = [:]
        let records = try Row.fetchCursor(db, sql: """
            SELECT json_extract(body, '$.user') AS user, json_extract(body, '$.secret') AS secret FROM audit
            WHERE kind LIKE 'user.%' AND json_valid(body) AND json_extract(body, '$.secret') IS NOT NULL ORDER BY seq
            """)
        while let row = try records.next() {
            if let user = try? row.decode(String.self, forColumn: "user"), let secret = try? row.decode(String.self, forColumn: "secret") {
                recorded[user] = secret
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, password_hash, salt, password_params FROM user") {
            guard let user = try? row.decode(String.self, forColumn: "id"), let expected = recorded[user] else { continue }
            let hash = (try? row.decode(Data.self, forColumn: "password_hash")).map { [UInt8]($0) } ?? []
            let salt = (try? row.decode(Data.self, forColumn: "salt")).map { [UInt8]($0) } ?? []
            let parameters = try? row.decode(String?.self, forColumn: "password_params")
            if UserRepository.secretDigest(hash: hash, salt: salt, parameters: parameters ?? nil) != expected { return user }
        }
        return nil
    }

    /// Every user's posts as the audit trail last recorded them: a post granted with the sqlite3
    /// shell, with no audit record, is found.
    private static func postsMismatch(_ db: Database) throws -> String? {
        var recorded: [String: String] = [:]
        let records = try Row.fetchCursor(db, sql: "SELECT body FROM audit WHERE kind IN ('user.created', 'user.posts') ORDER BY seq")
        while let row = try records.next() {
            guard let object = try? JSONSerialization.jsonObject(with: Data((row["body"] as String).utf8)) as? [String: Any],
                  let user = object["user"] as? String, let posts = object["posts"] as? String
            else { continue }
            recorded[user] = posts
        }
        let actual = try Row.fetchAll(db, sql: "SELECT u.id, group_concat(p.post) AS posts FROM user u LEFT JOIN user_post p ON p.user_id = u.id GROUP BY u.id")
        for row in actual {
            let user: String = row["id"]
            let posts = ((row["posts"] as String?) ?? "").split(separator: ",").map(String.init).sorted().joined(separator: ",")
            if recorded[user] != posts { return user }
        }
        return nil
    }
}
