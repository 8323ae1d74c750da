import Foundation
import Testing

/// Four desks on the same fifty cases at once: two clerks accepting every case, two handlers
/// proposing to grant every case, all as separate `powerdesk batch` processes on one file. Each
/// step may be taken once, whoever gets there first; the others are refused, never crash, never
/// give up on a busy database, and the file ends up exactly as the acknowledged lines say.
@Suite struct ConcurrencyTests {
    static let caseCount = 50
    /// Passes each handler makes while the clerks are still accepting.
    static let racingPasses = 3
    static let busy = "数据库正被其他人长时间占用"
    static let opinion = "材料齐全，符合法定条件，拟准予许可"
    /// A first line every desk refuses without touching the file; its answer shows the desk has
    /// logged in (logins take turns at the write lock while they hash the password) and is
    /// reading, so the real lines race instead of running one desk after another.
    static let probe = #"{"op":"ready"}"#

    @Test func fourDesksTakeEachStepOnce() throws {
        let seed = SeededGenerator.seed(from: "POWERDESK_CONCURRENCY_SEED")
        print("ConcurrencyTests seed \(seed): replay the orders with POWERDESK_CONCURRENCY_SEED=\(seed)")
        var random = SeededGenerator(seed: seed)
        try BinaryHarness.withTemporaryDirectory("concurrency") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opening = try BinaryHarness.batch((0..<Self.caseCount).map { BinaryHarness.openLicenceLine(request: "open-\($0)", subject: "并发测试 \($0)") },
                                                  user: "clerk", database: database)
            try #require(opening.exited(0), "opening: \(opening.out) \(opening.err)")
            let caseIDs = try BatchResult.decode(opening.lines).compactMap(\.case)
            try #require(Set(caseIDs).count == Self.caseCount)

            let accepting = (0..<2).map { _ in caseIDs.shuffled(using: &random).map { BinaryHarness.actLine(case: $0, action: "accept") } }
            let proposing = (0..<2).map { _ in
                (0...Self.racingPasses).map { _ in
                    caseIDs.shuffled(using: &random).map { BinaryHarness.actLine(case: $0, action: "propose-grant", opinion: Self.opinion) }
                }
            }

            // All four log in and answer the probe before any of them gets work.
            let clerks = try (0..<2).map { _ in try BinaryHarness.startBatch(user: "clerk", database: database) }
            let handlers = try (0..<2).map { _ in try BinaryHarness.startBatch(user: "handler", database: database) }
            // A test that fails half-way must not leave desks waiting for input.
            defer { (clerks + handlers).forEach { $0.kill() } }
            for desk in clerks + handlers {
                try desk.send(Self.probe)
                let answer = try #require(desk.line(0, timeout: 60), "a desk did not start")
                try #require(answer.contains("未知的操作“ready”"), "the probe was answered with \(answer)")
            }
            for (clerk, lines) in zip(clerks, accepting) {
                for line in lines { try clerk.send(line) }
            }
            for (handler, passes) in zip(handlers, proposing) {
                for line in passes.dropLast().joined() { try handler.send(line) }
            }
            let clerkOutcomes = clerks.map { $0.finish(timeout: 120) }
            // One last pass once every case is accepted, so every case can also be proposed; the
            // two handlers still race each other for it.
            for (handler, passes) in zip(handlers, proposing) {
                for line in passes.last! { try handler.send(line) }
            }
            let handlerOutcomes = handlers.map { $0.finish(timeout: 120) }

            let sent = accepting.map(\.count) + proposing.map { $0.joined().count }
            var accepted: [String: Int] = [:], proposed: [String: Int] = [:]
            var summary: [String] = []
            for (index, outcome) in (clerkOutcomes + handlerOutcomes).enumerated() {
                let who = index < 2 ? "clerk \(index + 1)" : "handler \(index - 1)"
                #expect(outcome.reason == .exit && [0, 1].contains(outcome.status) && !outcome.timedOut,
                        "\(who) ended with \(outcome.reason) \(outcome.status): \(outcome.err)")
                #expect(!outcome.err.contains(Self.busy) && !outcome.out.contains(Self.busy), "\(who) met a busy database")
                let results = try BatchResult.decode(outcome.lines.dropFirst())
                #expect(results.count == sent[index], "\(who) answered \(results.count) of \(sent[index]) lines: \(outcome.err)")
                let lines = index < 2 ? accepting[index] : Array(proposing[index - 2].joined())
                for (result, line) in zip(results, lines) where result.ok {
                    let caseID = try #require(result.case)
                    #expect(line.contains("\"\(caseID)\""), "\(who) line \(result.line) answered for another case")
                    if index < 2 {
                        accepted[caseID, default: 0] += 1
                        #expect(result.revision == 2 && result.step == "review")
                    } else {
                        proposed[caseID, default: 0] += 1
                        #expect(result.revision == 3 && result.step == "police")
                    }
                }
                let refusals = results.filter { !$0.ok }
                // A step already taken by someone else is the only reason to refuse here.
                for refusal in refusals {
                    #expect(refusal.errors?.count == 1 && refusal.errors?.first?.contains("没有操作") == true,
                            "\(who) line \(refusal.line) refused for another reason: \(refusal.errors ?? [])")
                }
                let lateProposals = index < 2 ? 0 : results.suffix(Self.caseCount).filter(\.ok).count
                summary.append("\(who): \(results.count - refusals.count) ok, \(refusals.count) refused"
                    + (index < 2 ? "" : " (\(lateProposals) in the last pass)"))
            }
            print("ConcurrencyTests: " + summary.joined(separator: "; "))

            for caseID in caseIDs {
                #expect(accepted[caseID] == 1, "\(caseID) accepted \(accepted[caseID] ?? 0) times")
                #expect(proposed[caseID] == 1, "\(caseID) proposed \(proposed[caseID] ?? 0) times")
            }

            // The file agrees with the acknowledgements, event by event.
            let inList = "(SELECT case_id FROM request WHERE id LIKE 'open-%')"
            var kinds: [String: [String: Int]] = [:]
            for row in try BinaryHarness.rows(database, "SELECT case_id, kind, COUNT(*) FROM audit WHERE case_id IN \(inList) GROUP BY case_id, kind") {
                kinds[row[0], default: [:]][row[1]] = Int(row[2])
            }
            let eventCounts = Dictionary(uniqueKeysWithValues: try BinaryHarness.rows(database, """
                SELECT case_id, COUNT(*) FROM case_event WHERE case_id IN \(inList) GROUP BY case_id
                """).map { ($0[0], Int($0[1]) ?? -1) })
            let cases = try BinaryHarness.rows(database, "SELECT id, step, revision FROM \"case\" WHERE id IN \(inList)")
            #expect(cases.count == Self.caseCount)
            for row in cases {
                let (caseID, step, revision) = (row[0], row[1], Int(row[2]))
                let acceptances = accepted[caseID] ?? 0, proposals = proposed[caseID] ?? 0
                #expect(eventCounts[caseID] == 1 + acceptances + proposals, "\(caseID) has \(eventCounts[caseID] ?? 0) events")
                // Each acceptance also issued its acceptance notice, each proposal its letter to the
                // police (条例 Art. 42), audited as documents; each opening drew the case's query code
                // for the public site (issue 16).
                #expect(kinds[caseID] == ["case.opened": 1, "case.query-code": 1, "case.action.accept": acceptances, "case.action.propose-grant": proposals,
                                          "document.issued": acceptances + proposals]
                    .filter { $0.value > 0 }, "\(caseID) audit kinds \(kinds[caseID] ?? [:])")
                #expect(revision == 1 + acceptances + proposals)
                #expect(step == (proposals > 0 ? "police" : acceptances > 0 ? "review" : "receive"), "\(caseID) at \(step)")
            }
            let acknowledged = accepted.values.reduce(0, +) + proposed.values.reduce(0, +)
            #expect(acknowledged == eventCounts.values.reduce(0, +) - Self.caseCount)

            let verify = try BinaryHarness.verify(database)
            #expect(verify.exited(0), "audit verify: \(verify.err)")

            // The two clerks drew acceptance-notice numbers at once: 1, 2, 3... with no gap and
            // no duplicate, one per accepted case.
            let numbers = try BinaryHarness.rows(database, "SELECT seq, number FROM document WHERE type = 'acceptance-notice' AND year = 2026 ORDER BY seq")
            #expect(numbers.map { $0[0] } == (1...numbers.count).map(String.init))
            #expect(numbers.allSatisfy { $0[1] == "通民宗许受字〔2026〕\($0[0])号" })
            let demoAccepted = try Int(BinaryHarness.value(database, "SELECT COUNT(*) FROM case_event WHERE body LIKE '%\"action\":\"accept\"%'")) ?? -1
            #expect(numbers.count == demoAccepted)
        }
    }
}
