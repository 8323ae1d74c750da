import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The board's feed row from the cursor table and the outbox: a target whose oldest undelivered
/// record was written 21 hours ago is red at the 20-hour limit and not at a 22-hour one; a
/// target with everything is not; one configured but never delivered to owes every record.
@Suite struct FeedLagTests {
    @Test func aTargetTwentyOneHoursBehindIsRed() throws {
        let fixture = try StoreFixture()
        let demo = try fixture.demo()
        let ledger = FeedLedger(demo)
        let head = try ledger.head()
        let now = ledger.now()
        let nowMs = Int64(now.timeIntervalSince1970 * 1000)
        // The first record written at the demo's "now": the hall has everything before it.
        let first = try #require(try demo.database.read { try Int64.fetchOne($0, sql: "SELECT MIN(seq) FROM outbox WHERE at_ms = ?", arguments: [nowMs]) })
        try ledger.delivered("hall", through: first - 1)
        try ledger.delivered("drop", through: head)
        try ledger.failed("hall", error: "connection refused", deliveredThrough: nil)
        // 21 hours later (the demo's fixed clock moved, as `clock advance` moves it).
        try demo.database.write { try MetaTable.set("clock", String(now.timeIntervalSince1970 + 21 * 3600), $0) }
        let store = try PowerDeskStore.open(at: fixture.path)
        let monitor = try #require(try store.users.actor("monitor"))

        let lags = try store.supervision.feedLags(targets: ["drop", "spare"], redAfterHours: 20, for: monitor)
        #expect(lags.map(\.target) == ["drop", "spare", "hall"])
        let hall = try #require(lags.last)
        #expect(hall.records == head - first + 1)
        #expect(abs(hall.hours - 21) < 0.01)
        #expect(hall.isRed)
        #expect(hall.lastError == "connection refused")
        #expect(lags[0].records == 0 && lags[0].hours == 0 && !lags[0].isRed)
        #expect(lags[1].records == head && lags[1].delivered == 0 && lags[1].isRed)

        let lenient = try store.supervision.feedLags(targets: [], redAfterHours: 22, for: monitor)
        #expect(lenient.first { $0.target == "hall" }?.isRed == false)

        let clerk = try #require(try store.users.actor("clerk"))
        #expect(throws: StorageError.self) { try store.supervision.feedLags(targets: [], redAfterHours: 20, for: clerk) }
    }
}
