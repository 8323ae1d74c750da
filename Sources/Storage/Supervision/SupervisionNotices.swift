import Foundation
import GRDB
import Localization
import Workflow

/// 督办 (issue 15): the supervision post issues a notice on a case or a yellow/red card to an
/// officer or a section; the addressee (for a section, its chief) answers within the configured
/// working days; the supervisor records the outcome. Every step is one transaction with its audit
/// record, and the posts are checked here, not only on the desk.
public final class SupervisionNotices: Sendable {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository

    /// The post that issues notices and judges answers.
    public static let issuer = "monitor"
    /// The post that answers for a section.
    public static let sectionHead = "chief"

    init(database: PowerDeskDatabase, definitions: DefinitionRepository) {
        self.database = database
        self.definitions = definitions
    }

    public func issue(
        _ kind: NoticeKind, caseID: String?, addressee: String, toSection: Bool, reason: String, answerDays: Int, by actor: Actor
    ) throws -> SupervisionNotice {
        guard actor.posts.contains(Self.issuer) else { throw StorageError(SupervisionPhrases.noticeIssuerOnly()) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StorageError(SupervisionPhrases.noticeReasonMissing()) }
        if kind == .order, caseID == nil { throw StorageError(SupervisionPhrases.noticeCaseMissing()) }
        let calendar = try definitions.calendar()
        let sections = Set(try definitions.activeSet().set.bureau.sections.map(\.code))
        let at = EventCoding.truncate(database.clock.now())
        let today = CivilDate.inShanghai(at)
        let due = calendar.due(from: today, adding: max(0, answerDays), unit: .workday).date
        return try database.write { db in
            if let caseID, try Bool.fetchOne(db, sql: "SELECT 1 FROM \"case\" WHERE id = ?", arguments: [caseID]) != true {
                throw StorageError(StoragePhrases.unknownCase(caseID))
            }
            if toSection {
                guard sections.contains(addressee) else { throw StorageError(SupervisionPhrases.noticeUnknownAddressee(addressee)) }
            } else if try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE id = ? AND active = 1", arguments: [addressee]) != true {
                throw StorageError(SupervisionPhrases.noticeUnknownAddressee(addressee))
            }
            try db.execute(sql: """
                INSERT INTO supervision_notice (kind, case_id, addressee, to_section, reason, issued_by, issued_on, due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [kind.rawValue, caseID, addressee, toSection, reason, actor.userID, today.description, due.description])
            let id = db.lastInsertedRowID
            let body = try EventCoding.text(NoticeRecord(id: id, kind: kind.rawValue, caseID: caseID, addressee: addressee, section: toSection,
                                                         reason: reason, due: due.description, answer: nil, outcome: nil))
            try AuditChain.append(kind: "supervision.notice", body: body, userID: actor.userID, caseID: caseID, eventSeq: nil, at: at, db)
            return try Self.fetch(id, db)
        }
    }

    /// The addressee answers: the officer named, or a chief of the section named.
    public func answer(_ id: Int64, text: String, by actor: Actor) throws -> SupervisionNotice {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw StorageError(SupervisionPhrases.noticeAnswerMissing()) }
        let at = EventCoding.truncate(database.clock.now())
        return try database.write { db in
            let notice = try Self.fetch(id, db)
            guard notice.answer == nil else { throw StorageError(SupervisionPhrases.noticeAlreadyAnswered(id)) }
            let section = try String.fetchOne(db, sql: "SELECT section FROM user WHERE id = ?", arguments: [actor.userID])
            let mayAnswer = notice.toSection ? (actor.posts.contains(Self.sectionHead) && section == notice.addressee) : actor.userID == notice.addressee
            guard mayAnswer else { throw StorageError(SupervisionPhrases.noticeNotYours(id)) }
            try db.execute(sql: "UPDATE supervision_notice SET answer = ?, answered_by = ?, answered_on = ? WHERE id = ?",
                           arguments: [text, actor.userID, CivilDate.inShanghai(at).description, id])
            let body = try EventCoding.text(NoticeRecord(id: id, kind: nil, caseID: notice.caseID, addressee: nil, section: nil, reason: nil, due: nil,
                                                         answer: text, outcome: nil))
            try AuditChain.append(kind: "supervision.notice.answer", body: body, userID: actor.userID, caseID: notice.caseID, eventSeq: nil, at: at, db)
            return try Self.fetch(id, db)
        }
    }

    /// The supervisor judges an answered notice.
    public func judge(_ id: Int64, outcome: NoticeOutcome, by actor: Actor) throws -> SupervisionNotice {
        guard actor.posts.contains(Self.issuer) else { throw StorageError(SupervisionPhrases.noticeIssuerOnly()) }
        let at = EventCoding.truncate(database.clock.now())
        return try database.write { db in
            let notice = try Self.fetch(id, db)
            guard notice.answer != nil else { throw StorageError(SupervisionPhrases.noticeNotAnswered(id)) }
            guard notice.outcome == nil else { throw StorageError(SupervisionPhrases.noticeAlreadyJudged(id)) }
            try db.execute(sql: "UPDATE supervision_notice SET outcome = ?, judged_by = ?, judged_on = ? WHERE id = ?",
                           arguments: [outcome.rawValue, actor.userID, CivilDate.inShanghai(at).description, id])
            let body = try EventCoding.text(NoticeRecord(id: id, kind: nil, caseID: notice.caseID, addressee: nil, section: nil, reason: nil, due: nil,
                                                         answer: nil, outcome: outcome.rawValue))
            try AuditChain.append(kind: "supervision.notice.outcome", body: body, userID: actor.userID, caseID: notice.caseID, eventSeq: nil, at: at, db)
            return try Self.fetch(id, db)
        }
    }

    /// The notices an actor sees: all of them for supervision and the leadership, else those
    /// addressed to the actor or (for a chief) the actor's section.
    public func list(for actor: Actor) throws -> [SupervisionNotice] {
        try database.read { db in
            let all = try Int64.fetchAll(db, sql: "SELECT id FROM supervision_notice ORDER BY id").map { try Self.fetch($0, db) }
            if SupervisionBoard.mayView(actor) { return all }
            let section = try String.fetchOne(db, sql: "SELECT section FROM user WHERE id = ?", arguments: [actor.userID])
            return all.filter { notice in
                notice.toSection ? (actor.posts.contains(Self.sectionHead) && notice.addressee == section) : notice.addressee == actor.userID
            }
        }
    }

    static func fetch(_ id: Int64, _ db: Database) throws -> SupervisionNotice {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM supervision_notice WHERE id = ?", arguments: [id]),
              let kind = NoticeKind(rawValue: row["kind"] ?? ""),
              let issuedOn = CivilDate(iso: row["issued_on"] ?? ""), let dueOn = CivilDate(iso: row["due_on"] ?? "")
        else { throw StorageError(SupervisionPhrases.noticeUnknown(id)) }
        return SupervisionNotice(
            id: id, kind: kind, caseID: row["case_id"], addressee: row["addressee"] ?? "", toSection: row["to_section"] ?? false,
            reason: row["reason"] ?? "", issuedBy: row["issued_by"] ?? "", issuedOn: issuedOn, dueOn: dueOn, answer: row["answer"],
            answeredBy: row["answered_by"], answeredOn: (row["answered_on"] as String?).flatMap(CivilDate.init(iso:)),
            outcome: (row["outcome"] as String?).flatMap(NoticeOutcome.init(rawValue:))
        )
    }
}
