import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// Whoever can write the database can rebuild the whole chain, and `audit verify` alone then says
/// it is intact; the chain's head anchored outside the database is what they cannot rebuild. The
/// probe's three changes (a served decision's fine lowered, the clerk given the leader post, the
/// chief's password reset), each with its audit record forged and the chain rebuilt, pass the
/// check inside the file and are found against an anchor written before.
@Suite struct AnchorTests {
    @Test func aRebuiltChainIsFoundAgainstAnAnchor() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let anchor = try store.anchor()
        #expect(try store.verify(anchors: [anchor]).anchorsChecked == 1)

        try store.database.pool.write { db in
            var earliest = Int64.max
            func forge(_ seq: Int64, _ body: String) throws {
                try db.execute(sql: "UPDATE audit SET body = ? WHERE seq = ?", arguments: [body, seq])
                earliest = min(earliest, seq)
            }
            // 1. The decision of CF2025000001: 130,000 yuan becomes 30,000, in its event, its
            //    audit record and the case's stored state.
            let decision = try Row.fetchOne(db, sql: """
                SELECT e.case_id, e.seq, e.body, a.seq AS audit_seq FROM case_event e JOIN audit a ON a.case_id = e.case_id AND a.event_seq = e.seq
                WHERE e.case_id = 'CF2025000001' AND e.body LIKE '%13000000%' ORDER BY e.seq DESC LIMIT 1
                """)
            let row = try #require(decision)
            let lowered = (row["body"] as String).replacingOccurrences(of: "13000000", with: "3000000")
            try db.execute(sql: "UPDATE case_event SET body = ? WHERE case_id = ? AND seq = ?", arguments: [lowered, row["case_id"] as String, row["seq"] as Int64])
            try forge(row["audit_seq"], lowered)
            let bodies = try String.fetchAll(db, sql: "SELECT body FROM case_event WHERE case_id = 'CF2025000001' ORDER BY seq")
            let events = try bodies.map { try EventCoding.value(CaseEvent.self, from: $0) }
            let replayed = try #require(CaseEngine(definitions: try store.definitionRepository.set(version: 1, db)).replay(events))
            try db.execute(sql: "UPDATE \"case\" SET state = ? WHERE id = 'CF2025000001'", arguments: [try EventCoding.stateData(replayed)])
            // 2. The clerk gets the leader post, and the record of their creation says so.
            try db.execute(sql: "INSERT INTO user_post (user_id, post) VALUES ('clerk', 'leader')")
            let clerk = try Row.fetchOne(db, sql: "SELECT seq, body FROM audit WHERE kind = 'user.created' AND body LIKE '%\"user\":\"clerk\"%'")
            let clerkRow = try #require(clerk)
            try forge(clerkRow["seq"], (clerkRow["body"] as String).replacingOccurrences(of: "\"posts\":\"clerk\"", with: "\"posts\":\"clerk,leader\""))
            // 3. The chief's password is reset, and the digest in the record of their creation too.
            let salt = PasswordHasher.salt()
            let parameters = PasswordParameters.light
            let hash = try PasswordHasher.hash("taken-over", salt: salt, parameters: parameters)
            try db.execute(sql: "UPDATE user SET password_hash = ?, salt = ?, password_params = ? WHERE id = 'chief'",
                           arguments: [Data(hash), Data(salt), parameters.text])
            let chief = try #require(try Row.fetchOne(db, sql: "SELECT seq, body FROM audit WHERE kind = 'user.created' AND body LIKE '%\"user\":\"chief\"%'"))
            let body = chief["body"] as String
            let old = try #require(body.range(of: #""secret":"[0-9a-f]{64}""#, options: .regularExpression))
            try forge(chief["seq"], body.replacingCharacters(in: old, with: "\"secret\":\"\(UserRepository.secretDigest(hash: hash, salt: salt, parameters: parameters.text))\""))
            try HistoryIntegrityTests.rebuildChain(db, from: earliest)
        }

        // Inside the file, everything agrees with everything else.
        let alone = try store.verify()
        #expect(alone.isIntact, "\(alone.message.text(.en))")
        #expect(try store.users.authenticate("chief", password: "taken-over").posts.contains("chief"))
        // Against the anchor, the rewrite is found.
        let anchored = try store.verify(anchors: [anchor])
        #expect(anchored.problem?.reason.key == "storage.audit.anchorMismatch")
    }

    @Test func aTruncatedChainAndAnotherDatabasesAnchorsAreTold() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let anchor = try store.anchor()
        let foreign = AuditAnchor(seq: 1, hash: String(repeating: "a", count: 64), origin: String(repeating: "b", count: 64), at: Date())
        #expect(try store.verify(anchors: [foreign]).anchorsChecked == 0)
        #expect(AuditAnchor(line: "journal prefix: " + anchor.line) == anchor)
        #expect(AuditAnchor(line: "powerdesk-anchor v1 seq=1 hash=xyz origin=abc at=0") == nil)
        try store.database.pool.write { db in
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit") ?? 0
            try db.execute(sql: "DELETE FROM audit WHERE seq = ?", arguments: [last])
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            try MetaTable.set("audit_head", "\(head?["seq"] as Int64? ?? 0):\(head?["hash"] as String? ?? "")", db)
        }
        #expect(try store.verify(anchors: [anchor]).problem?.reason.key == "storage.audit.shorterThanAnchor")
    }
}
