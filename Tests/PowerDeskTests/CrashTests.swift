import Foundation
import Testing

/// A batch killed with SIGKILL at a random moment, over and over, as a power cut would end it.
/// Whatever the desk acknowledged must be in the file afterwards, nothing may be half written,
/// and the audit trail must still verify. The plan comes from a printed seed, so a failure can be
/// replayed with `POWERDESK_CRASH_SEED`.
@Suite struct CrashTests {
    static let rounds = 20

    /// What one round saw: lines the child acknowledged before dying, and what became of the one
    /// line in flight when it died (nil when the kill came with nothing in flight).
    typealias RoundOutcome = (acknowledged: Int, inFlightCommitted: Bool?)

    @Test func killedBatchesKeepEverythingAcknowledged() throws {
        let seed = SeededGenerator.seed(from: "POWERDESK_CRASH_SEED")
        print("CrashTests seed \(seed): replay with POWERDESK_CRASH_SEED=\(seed)")
        var random = SeededGenerator(seed: seed)
        try BinaryHarness.withTemporaryDirectory("crash") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let demoCases = try BinaryHarness.value(database, "SELECT COUNT(*) FROM \"case\"")
            var outcomes: [RoundOutcome] = []
            for round in 0..<Self.rounds {
                outcomes.append(try Self.killOnce(round: round, database: database, random: &random, seed: seed))
                // Every case the rounds opened came with its request id in the same transaction.
                let unrequested = try BinaryHarness.value(database, "SELECT COUNT(*) FROM \"case\" WHERE id NOT IN (SELECT case_id FROM request)")
                #expect(unrequested == demoCases, "a case without its request row after round \(round) (seed \(seed))")
            }
            let acknowledged = outcomes.map(\.acknowledged).reduce(0, +)
            let committed = outcomes.filter { $0.inFlightCommitted == true }.count
            let notApplied = outcomes.filter { $0.inFlightCommitted == false }.count
            print("CrashTests: \(outcomes.count) kills, \(acknowledged) operations acknowledged, in flight at the kill: "
                + "\(committed) committed without acknowledgement, \(notApplied) not applied (seed \(seed))")
            #expect(acknowledged > 0)
        }
    }

    /// One child batch: open licence cases and accept each, a line at a time, each sent only when
    /// the previous one is acknowledged, until the random kill. Then the checks, then the same
    /// request ids again to finish what the kill interrupted.
    static func killOnce(round: Int, database: URL, random: inout SeededGenerator, seed: UInt64) throws -> RoundOutcome {
        let cases = Int.random(in: 2...6, using: &random)
        let killAfter = Int.random(in: 0..<(2 * cases), using: &random)
        // The kill comes a random fraction of one operation's time after the last line is sent,
        // so it lands before, inside and after that line's transaction. Before the first
        // acknowledgement the child is still starting and logging in, which takes longer.
        let fraction = Double.random(in: 0...1.5, using: &random)
        var context = Comment(rawValue: "round \(round), kill after \(killAfter) of \(2 * cases) lines, seed \(seed)")

        let child = try BinaryHarness.startBatch(user: "clerk", database: database)
        // A round that fails half-way must not leave its child waiting for input.
        defer { child.kill() }
        var sent: [String] = []
        var requests: [String] = []
        var caseIDs: [String] = []
        // Until measured: starting and logging in, then one operation (the first reply includes the start).
        var startTime: TimeInterval = 0.25, operationTime: TimeInterval = 0.002
        for index in 0..<(2 * cases) {
            let request = "crash-\(round)-\(index / 2)-\(index.isMultiple(of: 2) ? "open" : "accept")"
            let line = index.isMultiple(of: 2)
                ? BinaryHarness.openLicenceLine(request: request, subject: "断电测试 \(round)-\(index / 2)")
                : BinaryHarness.actLine(case: caseIDs[index / 2], action: "accept", request: request)
            let sentAt = Date()
            try child.send(line)
            sent.append(line)
            requests.append(request)
            if index == killAfter {
                let delay = fraction * (index == 0 ? startTime : operationTime)
                context = Comment(rawValue: context.rawValue + ", \(Int(delay * 1_000_000)) µs after the last line")
                usleep(UInt32(delay * 1_000_000))
                child.kill()
                break
            }
            let reply = try #require(child.line(index, timeout: 30), "no reply to line \(index + 1); \(context)")
            if index == 0 { startTime = Date().timeIntervalSince(sentAt) } else { operationTime = Date().timeIntervalSince(sentAt) }
            let result = try #require(try BatchResult.decode([reply]).first)
            try #require(result.ok, "line \(index + 1) refused: \(result.errors ?? []); \(context)")
            if index.isMultiple(of: 2) { caseIDs.append(try #require(result.case)) }
        }
        let ended = child.finish(timeout: 30)
        #expect(ended.reason == .uncaughtSignal && ended.status == SIGKILL, "the child was not killed: \(ended.status) \(ended.err); \(context)")

        // What the child acknowledged: every complete line it wrote, read before or after the kill.
        let acknowledged = try BatchResult.decode(ended.lines)
        #expect(acknowledged.allSatisfy { $0.ok }, context)
        #expect(acknowledged.count == killAfter || acknowledged.count == killAfter + 1, context)

        let verify = try BinaryHarness.verify(database)
        #expect(verify.exited(0), "audit verify after the kill: \(verify.err); \(context)")

        // The acknowledged operations are in the file: their request rows, and their events at the
        // acknowledged revision.
        let stored = Dictionary(uniqueKeysWithValues: try BinaryHarness.rows(database, "SELECT id, case_id FROM request WHERE id LIKE 'crash-\(round)-%'")
            .map { ($0[0], $0[1]) })
        let events = Set(try BinaryHarness.rows(database, """
            SELECT a.case_id || ':' || a.event_seq || ':' || a.kind FROM audit a
            WHERE a.event_seq IS NOT NULL AND a.case_id IN (SELECT case_id FROM request WHERE id LIKE 'crash-\(round)-%')
            """).map { $0[0] })
        for (index, result) in acknowledged.enumerated() {
            let kind = index.isMultiple(of: 2) ? "case.opened" : "case.action.accept"
            #expect(stored[requests[index]] == result.case, "acknowledged \(requests[index]) has no request row; \(context)")
            #expect(events.contains("\(result.case ?? "?"):\(result.revision ?? -1):\(kind)"), "acknowledged \(requests[index]) has no event; \(context)")
        }
        // Nothing half there: a request row always comes with its event, and no event without its request.
        for (request, caseID) in stored {
            let kind = request.hasSuffix("-open") ? "case.opened" : "case.action.accept"
            #expect(events.contains { $0.hasPrefix(caseID + ":") && $0.hasSuffix(":" + kind) }, "\(request) stored without its event; \(context)")
        }
        let accepts = events.filter { $0.hasSuffix(":case.action.accept") }.count
        #expect(accepts == stored.keys.filter { $0.hasSuffix("-accept") }.count, "accept events and accept requests disagree; \(context)")

        // The same lines again finish the round: what was acknowledged answers as a repeat, at
        // least at its acknowledged revision; the line in flight is either a repeat (it committed
        // before the kill) or applied now, never refused and never applied twice.
        let replay = try BinaryHarness.batch(sent, user: "clerk", database: database)
        #expect(replay.exited(0), "replaying after the kill: \(replay.out) \(replay.err); \(context)")
        let replayed = try BatchResult.decode(replay.lines)
        try #require(replayed.count == sent.count, context)
        for (index, result) in replayed.enumerated() {
            #expect(result.ok, "replaying \(requests[index]): \(result.errors ?? []); \(context)")
            if !index.isMultiple(of: 2) {
                #expect(result.step == "review", "\(requests[index]) left the case at \(result.step ?? "?"); \(context)")
            }
            if index < acknowledged.count {
                #expect(result.repeated == true && result.case == acknowledged[index].case, "\(requests[index]) applied twice; \(context)")
                #expect((result.revision ?? 0) >= (acknowledged[index].revision ?? .max), context)
            } else {
                #expect(result.repeated == (stored[requests[index]] != nil), "\(requests[index]) repeat disagrees with the file; \(context)")
            }
        }
        let inFlight: Bool? = acknowledged.count < sent.count ? replayed.last?.repeated : nil
        let afterwards = try BinaryHarness.verify(database)
        #expect(afterwards.exited(0), "audit verify after the replay: \(afterwards.err); \(context)")
        return (acknowledged.count, inFlight)
    }
}
