import Crypto
import Documents
import Foundation
import GRDB
import Localization
import Workflow

/// Transcripts (笔录) of a case, in their own table keyed by case: written in one audited
/// transaction by whom the law allows, printed from what was stored, and their signed scans
/// filed back. Who may write one: an officer who has acted on the case, or a post the kind
/// names while the case's current step is that post's (never a read-only post, never a
/// concluded case); the officers named must hold certificates valid on the day.
public final class TranscriptRepository {
    let database: PowerDeskDatabase
    let cases: CaseService
    let attachments: AttachmentRepository

    public init(store: PowerDeskStore) {
        database = store.database
        cases = store.caseService
        attachments = store.attachmentRepository
    }

    /// Checks and stores `draft` as a transcript of the case; returns it as stored.
    public func add(_ draft: TranscriptDraft, to caseID: String, kinds: [TranscriptKind], by actor: Actor) throws -> Transcript {
        let kind = try TranscriptCheck.kind(draft, in: kinds).get()
        let at = EventCoding.truncate(database.clock.now())
        let day = CivilDate.inShanghai(at)
        let calendar = try cases.definitions.calendar()
        let transcript = try database.write { db -> Transcript in
            let state = try cases.loadState(caseID, db)
            let set = try cases.definitions.set(version: Int64(state.flowVersion), db)
            try Self.checkWriter(actor, kind: kind, state: state, set: set, calendar: calendar, db)
            // The officers as the user records stand now: certificate valid today, an officer's post.
            let credentials = try UserRepository.officers(db)
            let nonOfficerPosts = Set(set.bureau.posts.filter { !$0.officer }.map(\.code))
            let qualified = credentials.values.filter { $0.certificate.isValid(on: day) && $0.posts.isDisjoint(with: nonOfficerPosts) }
            let users = try Dictionary(Row.fetchAll(db, sql: "SELECT id, name FROM user WHERE active = 1").map { ($0["id"] as String, $0["name"] as String) },
                                       uniquingKeysWith: { first, _ in first })
            let problems = TranscriptCheck.problems(draft, kind: kind, qualified: Set(qualified.map(\.userID)), users: Set(users.keys),
                                                    now: (day, Self.minute(at)))
            guard problems.isEmpty else { throw Rejection(problems) }
            let officers = TranscriptCheck.distinctOfficers(draft.officers).compactMap { id in
                credentials[id].map { TranscriptOfficer(userID: id, name: $0.name, certificate: $0.certificate.number) }
            }
            var heads: [String: String] = [:]
            for head in kind.heads {
                let value = TranscriptSheet.clean(draft.heads[head.code] ?? "").trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                heads[head.code] = head.type == .time ? (TranscriptCheck.minute(value) ?? value) : value
            }
            let recorder = draft.recorder.trimmingCharacters(in: .whitespacesAndNewlines)
            let sequence = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM case_transcript WHERE case_id = ?", arguments: [caseID]) ?? 0) + 1
            let number = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM case_transcript") ?? 0) + 1
            let body = TranscriptSheet.clean(draft.body, keepingLines: true).trimmingCharacters(in: .whitespacesAndNewlines)
            let sheet = TranscriptSheet(kind: kind, number: number, sequence: sequence, caseID: caseID, subject: state.subject, heads: heads,
                                        officers: officers, recorderName: "\(users[recorder] ?? recorder)（\(recorder)）", body: body)
            let stored = try Self.encode(sheet)
            try db.execute(sql: """
                INSERT INTO case_transcript (id, case_id, seq, kind, sheet, written_at, written_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [number, caseID, sequence, kind.code, stored, at.timeIntervalSince1970, actor.userID])
            let digest = Self.hex(Data(stored.utf8))
            let audit = "{\"kind\":\(UserRepository.quoted(kind.code)),\"number\":\(number),\"seq\":\(sequence),\"sha256\":\"\(digest)\"}"
            try AuditChain.append(kind: "transcript.written", body: audit, userID: actor.userID, caseID: caseID, eventSeq: nil, at: at, db)
            return Transcript(sheet: sheet, writtenAt: at, writtenBy: actor.userID, signed: nil)
        }
        return transcript
    }

    /// Never a read-only post, never a concluded case. A case's officers (who acted on it) may
    /// write; otherwise the actor needs a post the kind names that the case's current step takes.
    static func checkWriter(_ actor: Actor, kind: TranscriptKind, state: CaseState, set: DefinitionSet, calendar: WorkCalendar, _ db: Database) throws {
        let readOnly = Set(set.bureau.posts.filter(\.readOnly).map(\.code))
        if !actor.posts.isEmpty, actor.posts.isSubset(of: readOnly) { throw Rejection([TranscriptPhrases.readOnlyPost()]) }
        if state.isClosed { throw Rejection([TranscriptPhrases.caseClosed()]) }
        let acted = try Bool.fetchOne(db, sql: "SELECT 1 FROM case_event WHERE case_id = ? AND user_id = ? LIMIT 1", arguments: [state.id, actor.userID]) == true
        if acted, actor.officers[actor.userID] != nil { return }
        let allowed = !actor.posts.isDisjoint(with: kind.posts)
        let atStep = CaseEngine(definitions: set, calendar: calendar).fileReasons(state, by: actor).isEmpty
        guard allowed, atStep else {
            let posts = kind.posts.map { set.bureau.post($0)?.name ?? $0 }.joined(separator: "、")
            throw Rejection([TranscriptPhrases.writerNotOfficer(posts, kind.name, actor.userID)])
        }
    }

    /// The case's transcripts, first written first.
    public func list(_ caseID: String) throws -> [Transcript] {
        try database.read { db in
            try Row.fetchAll(db, sql: Self.select + " WHERE t.case_id = ? ORDER BY t.seq", arguments: [caseID]).map(Self.transcript)
        }
    }

    public func transcript(_ number: Int64) throws -> Transcript {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: Self.select + " WHERE t.id = ?", arguments: [number]) else {
                throw StorageError(TranscriptPhrases.unknownTranscript(number))
            }
            return try Self.transcript(row)
        }
    }

    /// Files the scan of the signed paper as the transcript's signed copy (a PDF or an image),
    /// stored once by SHA-256 with the case's other files; who may file it is who may write a
    /// transcript of that kind. A later scan replaces the earlier as the copy that counts; both
    /// stay in the audit trail.
    public func attachSigned(_ data: Data, name: String, to number: Int64, caseID: String, by actor: Actor) throws -> Transcript {
        guard !data.isEmpty else { throw StorageError(StoragePhrases.attachmentEmpty()) }
        let limit = attachments.maximumBytes
        guard data.count <= limit else { throw StorageError(StoragePhrases.attachmentTooLarge(data.count, limit)) }
        let kind: FileKind
        switch FileKind.detect(data) {
        case let .accepted(detected) where [.pdf, .jpeg, .png, .tiff].contains(detected): kind = detected
        case let .accepted(other): throw StorageError(TranscriptPhrases.scanNotPDFOrImage(name, other.label))
        case let .program(what): throw StorageError(CaseFilePhrases.program(name, what))
        case .unknown: throw StorageError(CaseFilePhrases.unknownKind(name, FileKind.allCases.map(\.label).joined(separator: "、")))
        }
        let digest = Self.hex(data)
        let at = EventCoding.truncate(database.clock.now())
        let calendar = try cases.definitions.calendar()
        try database.write { db in
            guard let row = try Row.fetchOne(db, sql: Self.select + " WHERE t.id = ?", arguments: [number]) else {
                throw StorageError(TranscriptPhrases.unknownTranscript(number))
            }
            let existing = try Self.transcript(row)
            guard existing.caseID == caseID else { throw StorageError(TranscriptPhrases.otherCase(number, existing.caseID, caseID)) }
            let state = try cases.loadState(caseID, db)
            let set = try cases.definitions.set(version: Int64(state.flowVersion), db)
            try Self.checkWriter(actor, kind: existing.sheet.kind, state: state, set: set, calendar: calendar, db)
            try db.execute(sql: "INSERT INTO attachment (sha256, size, data, kind) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
                           arguments: [digest, data.count, data, kind.rawValue])
            try db.execute(sql: "UPDATE case_transcript SET signed_sha256 = ?, signed_name = ?, signed_at = ?, signed_by = ? WHERE id = ?",
                           arguments: [digest, name, at.timeIntervalSince1970, actor.userID, number])
            let audit = "{\"kind\":\"\(kind.rawValue)\",\"name\":\(UserRepository.quoted(name)),\"number\":\(number),\"sha256\":\"\(digest)\",\"size\":\(data.count)}"
            try AuditChain.append(kind: "transcript.signed", body: audit, userID: actor.userID, caseID: caseID, eventSeq: nil, at: at, db)
        }
        return try transcript(number)
    }

    static let select = """
        SELECT t.sheet, t.written_at, t.written_by, t.signed_sha256, t.signed_name, t.signed_at, t.signed_by, a.kind AS signed_kind, a.size AS signed_size
        FROM case_transcript t LEFT JOIN attachment a ON a.sha256 = t.signed_sha256
        """

    static func transcript(_ row: Row) throws -> Transcript {
        let sheet = try JSONDecoder().decode(TranscriptSheet.self, from: Data((row["sheet"] as String).utf8))
        var signed: Transcript.SignedCopy?
        if let digest: String = row["signed_sha256"] {
            signed = Transcript.SignedCopy(sha256: digest, name: row["signed_name"] ?? "", kind: FileKind(rawValue: row["signed_kind"] ?? ""),
                                           size: row["signed_size"] ?? 0, at: Date(timeIntervalSince1970: row["signed_at"] ?? 0), by: row["signed_by"] ?? "")
        }
        return Transcript(sheet: sheet, writtenAt: Date(timeIntervalSince1970: row["written_at"]), writtenBy: row["written_by"], signed: signed)
    }

    /// The SHA-256 of `data` in lower-case hex, as files and audit records name content.
    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func encode(_ sheet: TranscriptSheet) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(sheet), as: UTF8.self)
    }

    /// "2026-03-16 09:30" in Asia/Shanghai, the form transcript times are written in.
    static func minute(_ at: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: at)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}

extension TranscriptRepository {
    /// The case's transcripts as files for the archive (R7): the signed scan where one was filed,
    /// else the transcript as generated (`render`), each with the data the archive binds. The
    /// label says which it is.
    public func archiveFiles(_ caseID: String, render: (Transcript) throws -> Data) throws -> [(file: AttachedFile, data: Data?)] {
        try list(caseID).map { transcript in
            let title = TranscriptPhrases.archiveEntry(transcript.number, transcript.sheet.kind.name).text(.zh)
            if let signed = transcript.signed {
                let file = AttachedFile(sha256: signed.sha256, name: signed.name, kind: signed.kind, size: signed.size,
                                        entry: TranscriptPhrases.archiveSigned(title).text(.zh), isEvidence: true, addedAt: signed.at, addedBy: signed.by)
                return (file, nil)
            }
            let data = try render(transcript)
            let digest = Self.hex(data)
            let file = AttachedFile(sha256: digest, name: "\(transcript.sheet.kind.name)-\(transcript.number).pdf", kind: .pdf, size: data.count,
                                    entry: TranscriptPhrases.archiveGenerated(title).text(.zh), isEvidence: true,
                                    addedAt: transcript.writtenAt, addedBy: transcript.writtenBy)
            return (file, data)
        }
    }
}

extension TranscriptRepository {
    /// For `audit verify`: the first transcript whose stored text is not the text its audit
    /// record hashed (changed with the sqlite3 shell), or whose signed copy no audit record
    /// names; nil when every one is as written.
    static func auditProblem(_ db: Database) throws -> Message? {
        let rows = try Row.fetchAll(db, sql: "SELECT id, case_id, sheet, signed_sha256 FROM case_transcript ORDER BY id")
        guard !rows.isEmpty else { return nil }
        // One pass over the audit records of transcripts: the texts written, the latest scan.
        var written: [Int64: Set<String>] = [:]
        var signed: [Int64: String] = [:]
        let records = try Row.fetchCursor(db, sql: """
            SELECT kind, json_extract(body, '$.number') AS number, json_extract(body, '$.sha256') AS sha256 FROM audit
            WHERE kind IN ('transcript.written', 'transcript.signed') AND json_valid(body) ORDER BY seq
            """)
        while let record = try records.next() {
            guard let number: Int64 = record["number"], let digest: String = record["sha256"] else { continue }
            if (record["kind"] as String) == "transcript.written" { written[number, default: []].insert(digest) } else { signed[number] = digest }
        }
        for row in rows {
            let number: Int64 = row["id"]
            let digest = hex(Data((row["sheet"] as String).utf8))
            let scan: String? = row["signed_sha256"]
            if written[number]?.contains(digest) != true || scan != signed[number] {
                return TranscriptPhrases.auditMismatch(number, row["case_id"] as String)
            }
        }
        return nil
    }
}
