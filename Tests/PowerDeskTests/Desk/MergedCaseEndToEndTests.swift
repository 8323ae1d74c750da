import Foundation
import Storage
import Testing
import Workflow

/// The real binary in tmux: the handler merges 李芳's two violations (并案, R6), proposes a
/// penalty for each on its own item, and after review, notice and the statement period the leader
/// discusses and decides the merged case at the desk — one decision covering both.
@Suite(.serialized) struct MergedCaseEndToEndTests {
    /// Whether `text` appears on the screen within `seconds` (no test issue when it does not).
    func shows(_ session: TmuxSession, _ text: String, within seconds: TimeInterval = 1) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if try session.screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }

    /// Presses `key` until `text` shows (a menu's pointer, a form's focused field).
    func press(_ session: TmuxSession, _ key: String, until text: String) throws {
        for _ in 0..<25 {
            if try shows(session, text, within: 0.3) { return }
            try session.press(key)
        }
        try session.waitFor(text, timeout: 2)
    }

    /// Opens the selected case's actions and the one named, waiting for its form to show `form`.
    func open(_ session: TmuxSession, _ action: String, showing form: String) throws {
        try session.press("Enter")
        try session.waitFor("可办理的操作")
        try press(session, "Down", until: "▸ \(action)")
        try session.press("Enter")
        try session.waitFor(form)
    }

    /// Sends the form in front and waits for the desk to say the action is done.
    func submit(_ session: TmuxSession, _ action: String, _ caseID: String) throws {
        try session.press("F10")
        try session.waitFor("已完成：\(action)（\(caseID)）")
    }

    @Test func aMergedCaseIsProposedAndDecidedAtTheDesk() throws {
        try BinaryHarness.withTemporaryDirectory("desk-merged") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let subject = { (text: String) in
                try #require(
                    try BinaryHarness.rows(database, "SELECT id FROM \"case\" WHERE subject = '\(text)'").first?.first)
            }
            let primary = try subject("李芳擅自组织大型宗教活动案")
            let other = try subject("李芳组织非宗教场所宗教活动案")
            // Fines inside the benchmark's bands: the lowest level for the case's own violation,
            // the next one for the merged violation.
            let (ownFine, mergedFine) = try {
                let store = try PowerDeskStore.open(at: database.path)
                let set = try store.definitions.activeSet().set
                let check = DiscretionCheck(items: { set.item($0) })
                let own = try store.cases.load(primary)
                let absorbed = try store.cases.load(other)
                let ownLevel = try #require(set.item(own.itemCode)?.discretion?.levels.first)
                let mergedLevel = try #require(set.item(absorbed.itemCode)?.discretion?.levels.dropFirst().first)
                return (
                    try #require(
                        check.fineRanges(itemCode: own.itemCode, level: ownLevel.code, facts: own.facts).band?
                            .lowerBound),
                    try #require(
                        check.fineRanges(itemCode: absorbed.itemCode, level: mergedLevel.code, facts: absorbed.facts)
                            .band?.lowerBound)
                )
            }()
            let desks = DeskEndToEndTests()

            // The handler merges the two cases: the other one ticked from the party's list.
            let handler = try desks.desk("handler", database: database)
            defer { handler.kill() }
            try desks.find(handler, primary)
            try open(handler, "多项违法行为并案处理", showing: "并案的案件")
            try handler.type("当事人两项违法行为，并案处理")
            try handler.press("Tab")
            for _ in 0..<5 {
                try handler.press("Space")
                if try shows(handler, "[✓] \(other)") { break }
                try handler.press("Space", "Right")
            }
            try submit(handler, "多项违法行为并案处理", primary)

            // The proposal weighs each violation: the merged one a level up, with its own fine.
            try open(handler, "调查终结并提出处理意见", showing: "调查认定的违法事实")
            try handler.type("经查，当事人先后两次未经批准组织宗教活动，事实清楚，证据确凿")
            try handler.press("Tab")
            try handler.waitFor("▸ 协办执法人员")
            try handler.press("Space")
            try press(handler, "Tab", until: "▸ 罚款金额")
            try handler.type(ownFine.figure)
            try press(handler, "Tab", until: "▸ 并案 \(other)")
            try handler.press("Right")
            try handler.press("Tab")
            try handler.type(mergedFine.figure)
            try submit(handler, "调查终结并提出处理意见", primary)
            try handler.press("q")

            // Review, legal review, the notice served; the statement period runs out.
            let steps: [(String, String)] = [
                ("chief", #"{"op":"act","case":"\#(primary)","action":"review-approve","opinion":"同意"}"#),
                ("legal", #"{"op":"act","case":"\#(primary)","action":"legal-pass","opinion":"事实清楚，程序合法"}"#),
                ("handler", #"{"op":"act","case":"\#(primary)","action":"send-notice"}"#),
                (
                    "handler",
                    #"{"op":"act","case":"\#(primary)","action":"record-service","inputs":{"service-method":"直接送达","served-on":"2026-03-16","recipient":"李芳"}}"#
                ),
            ]
            for (user, line) in steps {
                let result = try BinaryHarness.batch([line], user: user, database: database)
                #expect(result.exited(0), "\(line): \(result.out) \(result.err)")
            }
            let advanced = try BinaryHarness.run(["clock", "advance", "6", "--unit", "workday", "--db", database.path])
            #expect(advanced.exited(0), "\(advanced.err)")
            let waited = try BinaryHarness.batch(
                [#"{"op":"act","case":"\#(primary)","action":"no-statement"}"#], user: "handler", database: database)
            #expect(waited.exited(0), "\(waited.out) \(waited.err)")

            // The leader discusses (the fines together reach 100,000 yuan) and decides.
            let leader = try desks.desk("leader", database: database)
            defer { leader.kill() }
            try desks.find(leader, primary)
            try open(leader, "负责人集体讨论", showing: "集体讨论记录")
            try leader.type("局长、分管局长、法制科长参加，一致同意按拟处罚意见作出决定")
            try submit(leader, "负责人集体讨论", primary)
            try open(leader, "作出行政处罚决定", showing: "作出行政处罚决定　\(primary)")
            try leader.type("依法作出处罚决定")
            try submit(leader, "作出行政处罚决定", primary)
            try leader.press("q")

            let decided = try PowerDeskStore.open(at: database.path).cases.load(primary)
            #expect(decided.decision?.violations.map(\.caseID) == [primary, other])
            #expect(decided.decision?.violations.map(\.fine) == [ownFine, mergedFine])
            #expect(decided.step == "service")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
