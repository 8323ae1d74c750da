import Documents
import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// 双公示 withdrawal (行政处罚法 第48条第2款): a decision changed, revoked or found unlawful on 复议
/// or 诉讼 leaves the decisions at the next run and is listed as withdrawn with its reason, in the
/// page and in the open data alike; an outcome the policy does not name changes nothing.
@Suite(.serialized) struct DisclosureWithdrawalTests {
    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The JSON's decisions and withdrawals, by document number.
    static func json(_ site: URL) throws -> (decisions: [String: [String: Any]], withdrawn: [String: [String: Any]]) {
        let data = try Data(contentsOf: site.appendingPathComponent("current/disclosure.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func byNumber(_ key: String) -> [String: [String: Any]] {
            let rows = object[key] as? [[String: Any]] ?? []
            return Dictionary(rows.map { ($0["number"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        }
        return (byNumber("decisions"), byNumber("withdrawn"))
    }

    /// A penalty decision of the demo: its case, number and the party as the site shows it.
    static func penaltyDecision(_ store: PowerDeskStore) throws -> (caseID: String, number: String, party: String) {
        let row = try #require(try store.database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT d.case_id, d.number, p.party FROM document d JOIN case_public p ON p.case_id = d.case_id
                WHERE d.type = 'penalty-decision' AND d.number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM document r WHERE r.replaces = d.id)
                ORDER BY d.id LIMIT 1
                """)
        }, "the demo has a penalty decision")
        return (row[0], row[1], row[2])
    }

    /// Stands in for the 复议/诉讼 outcome command (the table's only writer today is SQL).
    static func recordOutcome(_ store: PowerDeskStore, caseID: String, kind: String, outcome: String, on day: String) throws {
        try store.database.write { db in
            try db.execute(sql: """
                INSERT INTO remedy_outcome (case_id, kind, outcome, decided_on, recorded_by, recorded_at, note) VALUES (?, ?, ?, ?, 'monitor', 0, '测试')
                """, arguments: [caseID, kind, outcome, day])
        }
    }

    @Test func aDecisionRevokedOnReviewLeavesTheDecisionsAndIsListedWithdrawnWithItsReason() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let site = fixture.directory.appendingPathComponent("site")
        _ = try store.publish(to: site.path)
        let decision = try Self.penaltyDecision(store)
        let before = try Self.read(site.appendingPathComponent("current/disclosure/index.html"))
        #expect(before.contains(decision.number) && !before.contains("已撤回的决定"))
        #expect(try Self.json(site).decisions[decision.number]?["serial"] as? String == decision.caseID)

        try Self.recordOutcome(store, caseID: decision.caseID, kind: "review", outcome: "revoked", on: "2026-03-20")
        let run = try store.publish(to: site.path)
        #expect(run.smallPages > 0, "\(run)")
        let page = try Self.read(site.appendingPathComponent("current/disclosure/index.html"))
        let parts = page.components(separatedBy: "已撤回的决定")
        try #require(parts.count == 2, "one withdrawn section")
        #expect(!parts[0].contains(decision.number), "the revoked decision is no longer among those in publication")
        #expect(parts[1].contains(decision.number) && parts[1].contains("该决定经行政复议被撤销") && parts[1].contains("2026-03-20"))
        #expect(parts[1].contains("第四十八条第二款"))
        #expect(!parts[1].contains(decision.party), "a withdrawn entry no longer names the party")
        let json = try Self.json(site)
        #expect(json.decisions[decision.number] == nil)
        #expect(json.withdrawn[decision.number]?["serial"] as? String == decision.caseID)
        #expect(json.withdrawn[decision.number]?["reason"] as? String == "该决定经行政复议被撤销")
        #expect(json.withdrawn[decision.number]?["withdrawnOn"] as? String == "2026-03-20")
    }

    @Test func anUpheldDecisionStaysAndAChangeInCourtIsWithdrawnToo() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let site = fixture.directory.appendingPathComponent("site")
        _ = try store.publish(to: site.path)
        let decision = try Self.penaltyDecision(store)
        try Self.recordOutcome(store, caseID: decision.caseID, kind: "review", outcome: "upheld", on: "2026-03-18")
        let kept = try store.publish(to: site.path)
        #expect(kept.smallPages == 0, "an upheld decision changes no page: \(kept)")
        #expect(try Self.json(site).decisions[decision.number] != nil)

        try Self.recordOutcome(store, caseID: decision.caseID, kind: "litigation", outcome: "changed", on: "2026-03-25")
        _ = try store.publish(to: site.path)
        let json = try Self.json(site)
        #expect(json.decisions[decision.number] == nil)
        #expect(json.withdrawn[decision.number]?["reason"] as? String == "该决定经行政诉讼被变更")
    }
}
