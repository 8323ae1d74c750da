import Foundation
import Testing

/// The board in the real binary under tmux: the monitor signs in, opens it with `b`, drills down
/// to the red cases and comes back; waits poll the screen.
@Suite(.serialized) struct BoardEndToEndTests {
    @Test func theMonitorOpensTheBoardAndDrillsDownToTheRedCases() throws {
        try BinaryHarness.withTemporaryDirectory("board-e2e") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let session = try TmuxSession(command: [BinaryHarness.binary.path, "--db", database.path, "--user", "monitor"],
                                          width: 80, height: 24, environment: BinaryHarness.environment())
            defer { session.kill() }
            try session.waitFor("密码")
            try session.type(BinaryHarness.demoPassword)
            try session.press("Enter")
            try session.waitFor("预警(")
            try session.press("b")
            let board = try session.waitFor("每周超期")
            #expect(board.contains("监察看板"))
            #expect(board.contains("合计"))
            // To the total row, across to 红灯, and Enter.
            for _ in 0..<30 { try session.press("Down") }
            for _ in 0..<7 { try session.press("Right") }
            try session.waitFor("红灯")
            try session.press("Enter")
            let listed = try session.waitFor("合计：红灯")
            #expect(listed.contains("2026"))
            try session.press("Escape")
            try session.waitFor("每周收件")
            try session.press("Escape")
            try session.waitFor("预警(")
        }
    }
}
