import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// Request ids are the sender's, and what was asked is remembered: an id sent again with the same
/// operation is answered with its first result; with another operation it is refused, never
/// answered as done.
@Suite struct ClientRequestTests {
    static let otherClerk = Actor(userID: "clerk2", name: "赵窗口", posts: ["clerk"])

    @Test func theSameIdWithAnotherOperationIsRefusedAndNothingIsRecorded() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let first = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: "w-1")
        var other = try StoreFixture.licenceDraft()
        other.subject = "另一项活动"
        let before = try store.cases.count()
        #expect(throws: StorageError(StoragePhrases.requestReused("w-1"))) {
            try store.cases.open(other, by: StoreFixture.clerk, requestID: "w-1")
        }
        #expect(try store.cases.count() == before)
        // The same operation again is still answered with the first result.
        let again = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: "w-1")
        #expect(again.repeated)
        #expect(again.state.id == first.state.id)
        // An action sent again with another opinion under the same id is refused too.
        _ = try store.cases.act(first.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk, requestID: "w-2")
        #expect(throws: StorageError(StoragePhrases.requestReused("w-2"))) {
            try store.cases.act(first.state.id, CaseCommand(action: "request-correction"), by: StoreFixture.clerk, requestID: "w-2")
        }
    }

    @Test func idsAreScopedToTheirSender() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let mine = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: "morning-1")
        let theirs = try store.cases.open(try StoreFixture.licenceDraft(), by: Self.otherClerk, requestID: "morning-1")
        #expect(!theirs.repeated)
        #expect(theirs.state.id != mine.state.id)
        let rows = try store.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT user_id, id, digest FROM request WHERE id = 'morning-1' ORDER BY user_id")
        }
        #expect(rows.map { $0["user_id"] as String } == ["clerk", "clerk2"])
        #expect(rows.allSatisfy { ($0["digest"] as String?)?.count == 64 })
    }
}
