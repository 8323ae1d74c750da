import Foundation
import Localization
import Workflow

extension PowerDeskStore {
    /// Writes the public site under `path` (see `SitePublisher`); reads the database only.
    public func publish(to path: String, now: Date? = nil) throws -> PublishReport {
        try SitePublisher(database: database, definitions: definitionRepository).publish(to: path, now: now ?? database.clock.now())
    }

    /// Marks a case secret (政府信息公开条例 第14条) as `userID`, who must hold one of the posts the
    /// bureau file allows; one audited transaction. Returns the basis recorded.
    @discardableResult
    public func markSecret(_ caseID: String, reason: String, by userID: String) throws -> String {
        let at = EventCoding.truncate(database.clock.now())
        return try database.write { db in
            try CaseSecrecy.mark(caseID, reason: reason, userID: userID, definitions: definitionRepository, at: at, db)
        }
    }

    /// The case's query code, for the desk and the tests; nil for a case opened before codes existed.
    public func queryCode(of caseID: String) throws -> String? {
        try database.read { try QueryCodeRecorder.code(of: caseID, $0)?.description }
    }
}

extension PowerDeskStore {
    /// The 双公示 deadline on `today` for the supervisor's board: pending, unpublished past the
    /// deadline, published late, with the cases behind each. The board's viewers only (监察岗位、
    /// 分管领导), refused here as the board is.
    public func disclosureDeadlines(today: CivilDate, for actor: Actor) throws -> DisclosureDeadlineReport {
        try SupervisionBoard.check(actor)
        let calendar = try definitionRepository.calendar()
        return try database.read { db in
            let set = try definitionRepository.set(version: definitionRepository.activeVersion(db), db)
            guard let policy = set.bureau.disclosure else { throw StorageError(PublicPhrases.noDisclosurePolicy()) }
            return DisclosureDeadlines.report(try DisclosureLedger.decisions(set, policy: policy, db), policy: policy, calendar: calendar, today: today)
        }
    }
}
