import Foundation
import GRDB
import Localization
import Workflow

/// 复议/诉讼 outcomes on decided cases (issue 15, R25's effect dimension), entered on the system
/// rather than by SQL: by the legal post (which follows the bureau's cases in review and in
/// court) or the supervision post, checked here, one transaction with its audit record. The
/// quarterly evaluation reads the same rows (`RemedyResult.correctsDecision`).
public final class RemedyRegister: Sendable {
    let database: PowerDeskDatabase
    let cases: CaseService

    /// The posts that record outcomes.
    public static let recorders = [DeskAuthority.legalReviewPost, SupervisionNotices.issuer]

    init(database: PowerDeskDatabase, cases: CaseService) {
        self.database = database
        self.cases = cases
    }

    public func record(_ draft: RemedyDraft, by actor: Actor) throws -> RemedyRecord {
        guard !actor.posts.isDisjoint(with: Self.recorders) else { throw StorageError(SupervisionThirdPhrases.remedyRefused()) }
        let body = draft.body.trimmingCharacters(in: .whitespacesAndNewlines)
        let number = draft.documentNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        let note = draft.note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw StorageError(SupervisionThirdPhrases.remedyBodyMissing()) }
        guard !number.isEmpty else { throw StorageError(SupervisionThirdPhrases.remedyNumberMissing()) }
        let at = EventCoding.truncate(database.clock.now())
        let today = CivilDate.inShanghai(at)
        guard draft.filedOn <= draft.decidedOn else {
            throw StorageError(SupervisionThirdPhrases.remedyDatesOrder(draft.filedOn.description, draft.decidedOn.description))
        }
        guard draft.decidedOn <= today else { throw StorageError(SupervisionThirdPhrases.remedyInFuture(draft.decidedOn.description, today.description)) }
        // Only a decided case can be reviewed or sued over.
        let state = try cases.load(draft.caseID)
        guard state.decision != nil || state.isClosed else { throw StorageError(SupervisionThirdPhrases.remedyNotDecided(draft.caseID)) }
        return try database.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM remedy_outcome WHERE case_id = ? AND kind = ? AND document_number = ?",
                                 arguments: [draft.caseID, draft.kind.rawValue, number]) == true {
                throw StorageError(SupervisionThirdPhrases.remedyDuplicate(number, draft.caseID))
            }
            try db.execute(sql: """
                INSERT INTO remedy_outcome (case_id, kind, outcome, decided_on, recorded_by, recorded_at, note, filed_on, body, document_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [draft.caseID, draft.kind.rawValue, draft.result.rawValue, draft.decidedOn.description, actor.userID,
                                 at.timeIntervalSince1970, note, draft.filedOn.description, body, number])
            let record = RemedyRecord(id: db.lastInsertedRowID, caseID: draft.caseID, kind: draft.kind, result: draft.result, filedOn: draft.filedOn,
                                      decidedOn: draft.decidedOn, body: body, documentNumber: number, note: note, recordedBy: actor.userID)
            try AuditChain.append(kind: "remedy.outcome", body: try EventCoding.text(record), userID: actor.userID, caseID: draft.caseID, eventSeq: nil,
                                  at: at, db)
            return record
        }
    }

    /// The outcomes recorded, on one case or all, newest decision first; for the posts that
    /// see the board or record outcomes.
    public func list(caseID: String? = nil, for actor: Actor) throws -> [RemedyRecord] {
        if actor.posts.isDisjoint(with: Self.recorders) { try SupervisionBoard.check(actor) }
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM remedy_outcome \(caseID == nil ? "" : "WHERE case_id = ?") ORDER BY decided_on DESC, id DESC
                """, arguments: StatementArguments(caseID.map { [$0] } ?? [])).map { row in
                RemedyRecord(id: row["id"], caseID: row["case_id"], kind: RemedyKind(rawValue: row["kind"]) ?? .review,
                             result: RemedyResult(rawValue: row["outcome"]) ?? .upheld, filedOn: (row["filed_on"] as String?).flatMap(CivilDate.init(iso:)),
                             decidedOn: CivilDate(iso: row["decided_on"]) ?? .earliest, body: row["body"], documentNumber: row["document_number"],
                             note: row["note"], recordedBy: row["recorded_by"])
            }
        }
    }
}

extension PowerDeskStore {
    /// 复议/诉讼 outcomes on decided cases.
    public var remedies: RemedyRegister { RemedyRegister(database: database, cases: caseService) }
}
