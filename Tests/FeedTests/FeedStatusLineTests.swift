import Foundation
import Testing
@testable import Feed
@testable import Storage

/// The lag in records and hours, from the first record the target has not got.
@Suite struct FeedStatusLineTests {
    let config = FeedTargetConfig(name: "hall", kind: .postgres, conninfo: "host=x")

    func state(delivered: Int64, error: String? = nil) -> FeedTargetState {
        FeedTargetState(name: "hall", delivered: delivered, deliveredAt: nil, attemptedAt: nil, lastError: error, failures: error == nil ? 0 : 1)
    }

    @Test func lagIsCountedFromTheFirstWaitingRecord() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let line = FeedStatusLine(config: config, state: state(delivered: 40), head: 100, firstWaitingAt: now.addingTimeInterval(-21 * 3600), parked: 1, now: now)
        #expect(line.lagRecords == 60 && abs(line.lagHours - 21) < 0.001 && line.overdue)
        let upToDate = FeedStatusLine(config: config, state: state(delivered: 100), head: 100, firstWaitingAt: nil, parked: 0, now: now)
        #expect(upToDate.lagRecords == 0 && upToDate.lagHours == 0 && !upToDate.overdue)
        let recent = FeedStatusLine(config: config, state: state(delivered: 99, error: "down"), head: 100, firstWaitingAt: now.addingTimeInterval(-3600), parked: 0, now: now)
        #expect(!recent.overdue && recent.lastError == "down")
    }
}
