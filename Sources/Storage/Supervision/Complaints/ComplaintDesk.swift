import Crypto
import Foundation
import GRDB
import Localization
import Workflow

/// Complaints and opinions (R26), handled along the `complaint` procedure of the definitions in
/// force (登记 → 受理/不予受理 → 调查 → 答复 → 办结, limits after 信访工作条例 第32、35条): which
/// post acts at each step, which actions exist, the limits and the one extension are read from
/// it, not written here. Every step is one transaction with its audit record. The complainant's
/// identity is returned only to the supervision post; the audit records carry a digest of it.
public final class ComplaintDesk: Sendable {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository

    /// The procedure's code in the definitions.
    public static let flow = "complaint"
    /// The only post that sees who complained.
    public static let identityPost = SupervisionNotices.issuer

    init(database: PowerDeskDatabase, definitions: DefinitionRepository) {
        self.database = database
        self.definitions = definitions
    }

    func procedure() throws -> (version: Int64, procedure: ProcedureDefinition) {
        let active = try definitions.activeSet()
        guard let procedure = active.set.procedures[Self.flow] else { throw StorageError(ComplaintPhrases.flowMissing()) }
        return (active.version, procedure)
    }

    // MARK: Intake

    /// 登记: by a post the flow lets open it (the clerk on the phone line) or the supervision post
    /// (the mailbox). A mail already imported (same Message-ID) gives back the complaint it made.
    public func register(_ draft: ComplaintDraft, by actor: Actor) throws -> (record: ComplaintRecord, created: Bool) {
        let (version, procedure) = try procedure()
        guard !actor.posts.isDisjoint(with: procedure.openedBy + [Self.identityPost]) else {
            throw StorageError(ComplaintPhrases.registerRefused())
        }
        let subject = draft.subject.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = draft.body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !subject.isEmpty else { throw StorageError(ComplaintPhrases.subjectMissing()) }
        guard !body.isEmpty else { throw StorageError(ComplaintPhrases.bodyMissing()) }
        if let identity = draft.identity, identity.name.trimmingCharacters(in: .whitespaces).isEmpty || identity.contact.trimmingCharacters(in: .whitespaces).isEmpty {
            throw StorageError(ComplaintPhrases.identityMissing())
        }
        let set = try definitions.activeSet().set
        if let section = draft.section, !set.bureau.sections.contains(where: { $0.code == section }) {
            throw StorageError(ComplaintPhrases.unknownSection(section, set.bureau.sections.map(\.code).joined(separator: "、")))
        }
        let calendar = try definitions.calendar()
        let at = EventCoding.truncate(database.clock.now())
        let today = CivilDate.inShanghai(at)
        let start = procedure.step(procedure.start)
        let acceptDue = start?.limit.map { calendar.due(from: today, adding: $0.days, unit: $0.unit).date } ?? today
        return try database.write { db in
            if let messageID = draft.messageID,
               let known = try String.fetchOne(db, sql: "SELECT id FROM complaint WHERE message_id = ?", arguments: [messageID]) {
                return (try Self.fetch(known, for: actor, db), false)
            }
            for caseID in draft.caseIDs where try Bool.fetchOne(db, sql: "SELECT 1 FROM \"case\" WHERE id = ?", arguments: [caseID]) != true {
                throw StorageError(StoragePhrases.unknownCase(caseID))
            }
            for officer in draft.officers where try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE id = ?", arguments: [officer]) != true {
                throw StorageError(ComplaintPhrases.unknownOfficer(officer))
            }
            let prefix = "TS\(today.year)"
            let next = (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM complaint WHERE id LIKE ?", arguments: [prefix + "%"]) ?? 0) + 1
            let id = prefix + String(format: "%06d", next)
            // The section answerable: given, else that of the first case it concerns.
            var section = draft.section
            if section == nil, let first = draft.caseIDs.first {
                section = try String.fetchOne(db, sql: "SELECT section FROM \"case\" WHERE id = ?", arguments: [first])
            }
            try db.execute(sql: """
                INSERT INTO complaint (id, kind, channel, anonymous, subject, body, section, received_on, received_at, status, accept_due,
                    registered_by, message_id, flow_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, draft.kind.rawValue, draft.channel.rawValue, draft.identity == nil, subject, body, section, today.description,
                                 at.timeIntervalSince1970, procedure.start, acceptDue.description, actor.userID, draft.messageID, version])
            if let identity = draft.identity {
                try db.execute(sql: "INSERT INTO complaint_identity (complaint_id, name, contact, address) VALUES (?, ?, ?, ?)",
                               arguments: [id, identity.name, identity.contact, identity.address])
            }
            for caseID in Set(draft.caseIDs).sorted() {
                try db.execute(sql: "INSERT INTO complaint_link (complaint_id, case_id) VALUES (?, ?)", arguments: [id, caseID])
            }
            for officer in Set(draft.officers).sorted() {
                try db.execute(sql: "INSERT INTO complaint_link (complaint_id, officer) VALUES (?, ?)", arguments: [id, officer])
            }
            for file in draft.attachments {
                let digest = Self.digest(file.data)
                let kind: String = if case let .accepted(kind) = FileKind.detect(file.data) { kind.rawValue } else { "" }
                try db.execute(sql: "INSERT OR IGNORE INTO attachment (sha256, size, data, kind) VALUES (?, ?, ?, ?)",
                               arguments: [digest, file.data.count, file.data, kind])
                try db.execute(sql: "INSERT OR IGNORE INTO complaint_file (complaint_id, sha256, name) VALUES (?, ?, ?)",
                               arguments: [id, digest, file.name])
            }
            try Self.step(id, action: "register", note: "", on: today, at: at, actor: actor, db)
            let audit = ComplaintAudit(id: id, action: "register", step: procedure.start, note: subject,
                                       identity: draft.identity.map { Self.digest(Data("\($0.name)\n\($0.contact)\n\($0.address)".utf8)) },
                                       cases: draft.caseIDs, officers: draft.officers)
            try AuditChain.append(kind: "complaint.register", body: try EventCoding.text(audit), userID: actor.userID, caseID: nil, eventSeq: nil, at: at, db)
            return (try Self.fetch(id, for: actor, db), true)
        }
    }

    // MARK: Handling

    /// One action of the complaint flow at the complaint's step, by the post the flow names.
    public func act(_ id: String, action code: String, note: String, by actor: Actor) throws -> ComplaintRecord {
        let (_, procedure) = try procedure()
        let calendar = try definitions.calendar()
        let at = EventCoding.truncate(database.clock.now())
        let today = CivilDate.inShanghai(at)
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return try database.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT status, extended, conclude_due FROM complaint WHERE id = ?", arguments: [id]) else {
                throw StorageError(ComplaintPhrases.unknownComplaint(id))
            }
            let stepCode: String = row["status"]
            guard let step = procedure.step(stepCode), let action = step.actions.first(where: { $0.code == code }) else {
                let here = procedure.step(stepCode)?.actions.map(\.code).joined(separator: "、") ?? ""
                throw StorageError(ComplaintPhrases.actionNotHere(code, stepCode, here.isEmpty ? "—" : here))
            }
            let posts = action.posts ?? step.post.map { [$0] } ?? []
            guard !actor.posts.isDisjoint(with: posts) else {
                throw StorageError(ComplaintPhrases.actionRefused(action.name, posts.joined(separator: "、")))
            }
            if action.opinion == .required || action.reason == .required, note.isEmpty {
                throw StorageError(ComplaintPhrases.noteRequired(action.name))
            }
            let extended: Bool = row["extended"]
            var concludeDue = (row["conclude_due"] as String?).flatMap(CivilDate.init(iso:))
            var target = action.to ?? stepCode
            var upheld: Bool?
            if action.kind == .extend {
                guard !extended else { throw StorageError(ComplaintPhrases.alreadyExtended()) }
                if let limit = action.extensionLimit, let due = concludeDue {
                    concludeDue = calendar.due(from: due, adding: limit.days, unit: limit.unit).date
                }
                target = stepCode
            }
            if action.clock == .start, let limit = procedure.step(target)?.limit {
                concludeDue = calendar.due(from: today, adding: limit.days, unit: limit.unit).date
            }
            let ends = procedure.step(target)?.isEnd ?? false
            if ends, action.clock == .stop {
                switch action.verdict {
                case .positive: upheld = true
                case .negative: upheld = false
                case .neutral: upheld = nil
                }
            }
            try db.execute(sql: """
                UPDATE complaint SET status = ?, conclude_due = ?, extended = ?, upheld = ?, concluded_on = ? WHERE id = ?
                """, arguments: [target, concludeDue?.description, extended || action.kind == .extend, upheld, ends ? today.description : nil, id])
            try Self.step(id, action: code, note: note, on: today, at: at, actor: actor, db)
            let audit = ComplaintAudit(id: id, action: code, step: target, note: note, identity: nil, cases: [], officers: [])
            try AuditChain.append(kind: "complaint.\(code)", body: try EventCoding.text(audit), userID: actor.userID, caseID: nil, eventSeq: nil, at: at, db)
            return try Self.fetch(id, for: actor, db)
        }
    }

    // MARK: Reading

    public func show(_ id: String, for actor: Actor) throws -> ComplaintRecord {
        try SupervisionBoard.check(actor)
        return try database.read { db in try Self.fetch(id, for: actor, db) }
    }

    /// Every complaint, newest first; open ones only unless `all`.
    public func list(all: Bool, for actor: Actor) throws -> [ComplaintRecord] {
        try SupervisionBoard.check(actor)
        return try database.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM complaint \(all ? "" : "WHERE concluded_on IS NULL") ORDER BY received_at DESC, id DESC")
                .map { try Self.fetch($0, for: actor, db) }
        }
    }

    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func step(_ id: String, action: String, note: String, on day: CivilDate, at: Date, actor: Actor, _ db: Database) throws {
        let seq = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM complaint_step WHERE complaint_id = ?", arguments: [id]) ?? 0) + 1
        try db.execute(sql: "INSERT INTO complaint_step (complaint_id, seq, action, on_day, at, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: [id, seq, action, day.description, at.timeIntervalSince1970, actor.userID, note])
    }

    /// The complaint as `actor` may see it: the identity only for the supervision post.
    static func fetch(_ id: String, for actor: Actor, _ db: Database) throws -> ComplaintRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM complaint WHERE id = ?", arguments: [id]) else {
            throw StorageError(ComplaintPhrases.unknownComplaint(id))
        }
        let anonymous: Bool = row["anonymous"]
        let mayKnow = actor.posts.contains(identityPost)
        var identity: ComplaintIdentity?
        if mayKnow, !anonymous, let who = try Row.fetchOne(db, sql: "SELECT name, contact, address FROM complaint_identity WHERE complaint_id = ?", arguments: [id]) {
            identity = ComplaintIdentity(name: who["name"], contact: who["contact"], address: who["address"])
        }
        let links = try Row.fetchAll(db, sql: "SELECT case_id, officer FROM complaint_link WHERE complaint_id = ? ORDER BY rowid", arguments: [id])
        let steps = try Row.fetchAll(db, sql: "SELECT action, on_day, user_id, note FROM complaint_step WHERE complaint_id = ? ORDER BY seq", arguments: [id])
            .map { ComplaintRecord.Step(action: $0["action"], on: CivilDate(iso: $0["on_day"]) ?? .earliest, userID: $0["user_id"], note: $0["note"]) }
        func day(_ column: String) -> CivilDate? { (row[column] as String?).flatMap(CivilDate.init(iso:)) }
        return ComplaintRecord(
            id: id, kind: ComplaintKind(rawValue: row["kind"]) ?? .complaint, channel: ComplaintChannel(rawValue: row["channel"]) ?? .phone,
            anonymous: anonymous, identity: identity, identityWithheld: !anonymous && !mayKnow, subject: row["subject"], body: row["body"],
            section: row["section"], receivedOn: day("received_on") ?? .earliest, step: row["status"], acceptDue: day("accept_due") ?? .earliest,
            concludeDue: day("conclude_due"), extended: row["extended"], upheld: row["upheld"], concludedOn: day("concluded_on"),
            caseIDs: links.compactMap { $0["case_id"] }, officers: links.compactMap { $0["officer"] },
            files: try String.fetchAll(db, sql: "SELECT name FROM complaint_file WHERE complaint_id = ? ORDER BY name", arguments: [id]), steps: steps)
    }
}

extension PowerDeskStore {
    /// Complaints and opinions (R26).
    public var complaints: ComplaintDesk { ComplaintDesk(database: database, definitions: definitionRepository) }
}
