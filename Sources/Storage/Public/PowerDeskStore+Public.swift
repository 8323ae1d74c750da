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
