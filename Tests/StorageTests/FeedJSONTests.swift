import Foundation
import Testing
@testable import Storage
import Workflow

/// The outbox's records write their own JSON on the commit path; it must be byte for byte what
/// the canonical `Codable` encoding of the same record gives (the form every record so far has,
/// and the one the hash chain of the outbox covers).
@Suite struct FeedJSONTests {
    static func codable<T: Encodable>(_ value: T) throws -> String {
        try CanonicalJSONTests.foundation(value)
    }

    func check<T: FeedPayload>(_ record: T, _ count: inout Int) throws {
        #expect(record.json.text == (try Self.codable(record)), "\(T.self)")
        count += 1
    }

    @Test func everyRecordOfEveryDemoCaseWritesWhatCodableWrites() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let ids = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\" ORDER BY id") }
        var count = 0
        var kinds = Set<String>()
        for id in ids {
            let state = try store.cases.load(id)
            let engine = try store.cases.engine(for: state)
            let flow = engine.flow(for: state)
            let calendar = try #require(engine.calendar)
            let deadlines = engine.deadlines(state, calendar: calendar, today: try #require(CivilDate(iso: "2026-03-16")))
            let opened = Date(timeIntervalSince1970: 1_773_622_800)
            try check(CaseFeedRecord(state, flow: flow, section: "religious", openedAt: opened, deadlines: deadlines, at: opened), &count)
            for (index, record) in state.history.enumerated() {
                try check(StepFeedRecord(serial: id, index: index, record: record, flow: flow, startedAt: opened), &count)
                if let penalty = record.penalty, let role = record.penaltyRole {
                    try check(PenaltyFeedRecord(serial: id, decision: penalty, stage: role, on: record.on), &count)
                    kinds.insert("penalty")
                }
                try check(AbnormalFeedRecord(serial: id, itemCode: state.itemCode, operation: record.kind.rawValue, action: record.action,
                                             actionName: record.name, step: record.from, officerID: record.userID, officerName: record.actorName,
                                             reason: record.reason, at: FeedTime.iso(record.at), countOfKind: 2), &count)
                for flag in record.flags {
                    try check(FlagFeedRecord(serial: id, flag: flag.kind.rawValue, detail: flag.detail, on: flag.on.description), &count)
                    kinds.insert("flag")
                }
            }
            try check(LicenceFeedRecord(serial: id, itemCode: state.itemCode, outcome: state.step, outcomeName: "办结", concludedOn: nil), &count)
            for deadline in deadlines {
                try check(WarningFeedRecord(serial: id, itemCode: state.itemCode, deadline: deadline.kind.rawValue, level: deadline.status.level.rawValue,
                                            due: deadline.status.due.description, seenOn: "2026-03-16"), &count)
            }
        }
        #expect(count > 100)
        #expect(kinds.contains("penalty"), "the demo has penalty proposals and decisions")
    }

    @Test func oddTextAndEmptyFieldsWriteWhatCodableWrites() throws {
        var count = 0
        for text in ["", "南通/崇川\\区\"某路\"", "a\u{0}b\n\t", "🙂𠮷\u{2028}"] {
            try check(FlagFeedRecord(serial: text, flag: "outside-band", detail: text, on: "2026-03-16"), &count)
            try check(AbnormalFeedRecord(serial: "CF2026000001", itemCode: text, operation: "return", action: "return", actionName: text, step: "s",
                                         officerID: "u", officerName: text, reason: nil, at: "t", countOfKind: Int.max), &count)
            try check(LicenceFeedRecord(serial: text, itemCode: "", outcome: "", outcomeName: text, concludedOn: nil), &count)
        }
        #expect(count == 12)
    }
}
