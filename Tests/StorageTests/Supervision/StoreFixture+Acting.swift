import Foundation
import GRDB
@testable import Storage
import Workflow

extension StoreFixture {
    /// Moves every open case of `store` one step on, at `instant` and an hour apart: the first
    /// enabled action any of `users` may take, with an opinion and a reason given; actions that
    /// need more (a penalty) fail and are passed over. Returns the instant after the last.
    static func actOnOpenCases(_ store: PowerDeskStore, users: [Actor], from instant: Date) throws -> Date {
        var instant = instant
        for id in try store.database.read({ try String.fetchAll($0, sql: "SELECT id FROM \"case\" WHERE status IN ('open', 'suspended') ORDER BY id") }) {
            let state = try store.cases.load(id)
            let engine = try store.cases.engine(for: state)
            acting: for user in users {
                for option in engine.available(state, for: user, on: CivilDate.inShanghai(instant)) where option.isEnabled {
                    let command = CaseCommand(action: option.action.code, opinion: "同意", reason: "依法办理")
                    if (try? store.caseService.act(id, command, expectedRevision: nil, by: user, requestID: nil, at: instant)) != nil { break acting }
                }
            }
            instant = instant.addingTimeInterval(3_600)
        }
        return instant
    }
}
