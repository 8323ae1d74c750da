import Foundation
import Testing

/// Someone with the `sqlite3` shell and write access edits the history behind the desk's back.
/// `audit verify` must notice every kind of edit, exit 1 and say what it found and where; an
/// untouched copy must still pass, or a clean result would mean nothing.
@Suite struct TamperTests {
    /// One way of editing a copy, worked out from the copy itself: the SQL to run, how many rows it
    /// must change (so a tampering that missed its target cannot pass as detected), and what
    /// verify's message must name.
    struct Tampering: Sendable, CustomTestStringConvertible {
        let name: String
        let plan: @Sendable (URL) throws -> (sql: String, changes: Int, mentions: [String])

        var testDescription: String { name }
    }

    /// The start of verify's complaint about record `seq`.
    static func brokenAt(_ seq: Int) -> String { "审计链在第 \(seq) 条记录处被破坏" }

    static let tamperings: [Tampering] = [
        Tampering(name: "an audit record's body is changed") { copy in
            let seq = try Int(BinaryHarness.value(copy, "SELECT MIN(seq) FROM audit WHERE kind = 'case.action.accept'"))!
            return ("UPDATE audit SET body = replace(body, '\"userID\":\"clerk\"', '\"userID\":\"admin\"') WHERE seq = \(seq)", 1,
                    [brokenAt(seq), "记录内容与其哈希不符"])
        },
        Tampering(name: "an audit record in the middle is deleted") { copy in
            let middle = try Int(BinaryHarness.value(copy, "SELECT MAX(seq) / 2 FROM audit"))!
            return ("DELETE FROM audit WHERE seq = \(middle)", 1, [brokenAt(middle + 1), "序号不连续，应为 \(middle)"])
        },
        Tampering(name: "the last audit record is deleted") { copy in
            let last = try Int(BinaryHarness.value(copy, "SELECT MAX(seq) FROM audit"))!
            return ("DELETE FROM audit WHERE seq = \(last)", 1, [brokenAt(last), "链尾与数据库记录的链头不符"])
        },
        Tampering(name: "two audit records swap bodies") { copy in
            // Two openings of different cases: same kind, different text, a swap that looks plausible.
            let seqs = try BinaryHarness.rows(copy, "SELECT seq FROM audit WHERE kind = 'case.opened' ORDER BY seq LIMIT 2").compactMap { Int($0[0]) }
            try #require(seqs.count == 2)
            let (a, b) = (seqs[0], seqs[1])
            return ("""
                UPDATE audit SET body = CASE seq WHEN \(a) THEN (SELECT body FROM audit WHERE seq = \(b))
                                                 ELSE (SELECT body FROM audit WHERE seq = \(a)) END
                WHERE seq IN (\(a), \(b))
                """, 2, [brokenAt(a), "记录内容与其哈希不符"])
        },
        Tampering(name: "the chain is cut back to before an event and its head rewound") { copy in
            // A forger who knows the scheme: the chain and its head agree again (a case event has
            // lost its audit record), but the backup anchored the head outside the file.
            let row = try #require(try BinaryHarness.rows(copy, """
                SELECT seq, prev_hash, case_id, event_seq, (SELECT MAX(seq) FROM audit) FROM audit
                WHERE event_seq IS NOT NULL ORDER BY seq DESC LIMIT 1
                """).first)
            let seq = Int(row[0])!, last = Int(row[4])!
            return ("DELETE FROM audit WHERE seq >= \(seq); UPDATE meta SET value = '\(seq - 1):\(row[1])' WHERE key = 'audit_head'",
                    last - seq + 2, ["审计链只剩 \(seq - 1) 条记录"])
        },
        Tampering(name: "a case event's body is changed") { copy in
            let row = try #require(try BinaryHarness.rows(copy, """
                SELECT case_id, event_seq FROM audit WHERE kind = 'case.action.accept' ORDER BY seq LIMIT 1
                """).first)
            return ("""
                UPDATE case_event SET body = replace(body, '"userID":"clerk"', '"userID":"admin"')
                WHERE case_id = '\(row[0])' AND seq = \(row[1])
                """, 1, ["办件 \(row[0]) 的第 \(row[1]) 个事件没有对应的审计记录或内容不一致"])
        },
        Tampering(name: "a case event is deleted") { copy in
            // The second event of the case with the longest history, so events remain on both sides.
            let caseID = try BinaryHarness.value(copy, "SELECT case_id FROM case_event GROUP BY case_id ORDER BY COUNT(*) DESC, case_id LIMIT 1")
            let auditSeq = try BinaryHarness.value(copy, "SELECT seq FROM audit WHERE case_id = '\(caseID)' AND event_seq = 2")
            return ("DELETE FROM case_event WHERE case_id = '\(caseID)' AND seq = 2", 1,
                    [brokenAt(Int(auditSeq)!), "办件 \(caseID) 第 2 个事件已不存在"])
        },
        Tampering(name: "a case's state is changed") { copy in
            // Moved on to a later case's step, in the listing column and the stored state alike (the
            // state is binary now: the later case's state is copied over it).
            let caseID = try BinaryHarness.value(copy, "SELECT id FROM \"case\" WHERE step = 'review' ORDER BY id LIMIT 1")
            return ("""
                UPDATE "case" SET step = (SELECT step FROM "case" WHERE step <> 'review' ORDER BY id LIMIT 1),
                    state = (SELECT state FROM "case" WHERE step <> 'review' ORDER BY id LIMIT 1) WHERE id = '\(caseID)'
                """, 3, // the row, and the two tab counts (desk_count) its triggers move
                    ["办件 \(caseID) 的当前状态与其事件记录不符"])
        },
        Tampering(name: "a case is hidden from the queues by its columns alone") { copy in
            // The state JSON is left alone; only the columns the queues filter on are changed.
            let caseID = try BinaryHarness.value(copy, "SELECT id FROM \"case\" WHERE status = 'open' ORDER BY id LIMIT 1")
            // 3: the row, and the 待办 and 在办 counts (desk_count) its triggers move.
            return ("UPDATE \"case\" SET step = 'done', status = 'closed' WHERE id = '\(caseID)'", 3,
                    ["办件 \(caseID) 的当前状态与其事件记录不符"])
        },
        Tampering(name: "a post is granted behind the audit trail's back") { _ in
            ("INSERT INTO user_post (user_id, post) VALUES ('clerk', 'leader')", 1, ["用户 clerk 的岗位与审计记录不符"])
        },
    ]

    @Test func anUntouchedCopyVerifies() throws {
        try BinaryHarness.withTemporaryDirectory("tamper") { directory in
            let copy = try Self.verifiedCopy(in: directory)
            let records = try BinaryHarness.value(copy, "SELECT COUNT(*) FROM audit")
            let verify = try BinaryHarness.verify(copy)
            #expect(verify.exited(0), "\(verify.err)")
            #expect(verify.out.contains("审计链完好：\(records) 条记录"))
            #expect(verify.err.isEmpty)
        }
    }

    @Test(arguments: tamperings) func tamperingIsFound(_ tampering: Tampering) throws {
        try BinaryHarness.withTemporaryDirectory("tamper") { directory in
            let copy = try Self.verifiedCopy(in: directory)
            let plan = try tampering.plan(copy)
            let changed = try BinaryHarness.value(copy, plan.sql + ";\nSELECT total_changes();")
            try #require(changed == String(plan.changes), "the tampering changed \(changed) rows, not \(plan.changes)")

            let verify = try BinaryHarness.verify(copy)
            #expect(verify.exited(1), "verify exited \(verify.status) (\(verify.reason)) after: \(plan.sql)")
            #expect(!verify.out.contains("审计链完好"))
            for mention in plan.mentions {
                #expect(verify.err.contains(mention), "verify said: \(verify.err)")
            }
        }
    }

    /// A demo database and its backup, the copy checked by `backup` itself; the copy is a
    /// standalone file, so the shell can edit it without a live desk's WAL in the way.
    static func verifiedCopy(in directory: URL) throws -> URL {
        let original = try BinaryHarness.demoDatabase(in: directory)
        let copy = directory.appendingPathComponent("copy.sqlite")
        let backup = try BinaryHarness.run(["backup", copy.path, "--db", original.path])
        try #require(backup.exited(0), "backup failed: \(backup.err)")
        #expect(backup.out.contains("已备份到"))
        return copy
    }
}
