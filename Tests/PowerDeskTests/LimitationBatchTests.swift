import Foundation
import Testing

/// 行政处罚法 Art. 36 through `powerdesk batch`: on the demo's clock (2026-03-16) an act of
/// 2024-03-15 is beyond the two years and the case is not filed; recorded harm to life, health or
/// financial safety gives five, and the 立案审批表 then states the reckoning.
@Suite struct LimitationBatchTests {
    static func openLine(request: String, harm: Bool = false, actDate: String = "2024-03-15") throws -> String {
        var facts = ["activity-date": actDate, "place": "某村文化礼堂"]
        if harm { facts["harm"] = "活动中发生踩踏，三人受伤" }
        let object: [String: Any] = [
            "op": "open", "request": request, "item": "320600-CF-019", "subject": "时效",
            "party": ["kind": "organization", "name": "某文化传播有限公司", "id": "91110000600037341L", "address": "南通市崇川区某路1号"],
            "materials": ["filing-form": 1], "facts": facts,
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func anActBeyondTheLimitationIsNotFiled() throws {
        try BinaryHarness.withTemporaryDirectory("limitation") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try Self.openLine(request: "l-1", harm: false), try Self.openLine(request: "l-2", harm: true)],
                                                                        user: "handler", database: database).lines)
            let late = try #require(opened.first?.case, "\(opened)")
            let harmed = try #require(opened.last?.case, "\(opened)")
            let run = try BinaryHarness.batch([BinaryHarness.actLine(case: late, action: "file", opinion: "同意立案"),
                                               BinaryHarness.actLine(case: harmed, action: "file", opinion: "同意立案")], user: "chief", database: database)
            let filed = try BatchResult.decode(run.lines)
            try #require(filed.count == 2, "\(run.out) \(run.err)")
            #expect(filed.map(\.ok) == [false, true])
            let reason = filed[0].errors?.first ?? ""
            #expect(reason.contains("第36条") && reason.contains("2026-03-15") && reason.contains("2024-03-15"), "\(reason)")
            let listed = try BinaryHarness.run(["doc", "list", harmed, "--db", database.path])
            let number = try #require(listed.out.split(separator: "\n").first { $0.contains("立案审批表") }?.split(separator: " ").first.map(String.init), "\(listed.out)")
            let shown = try BinaryHarness.run(["doc", "show", number, "--db", database.path])
            #expect(shown.out.contains("5年内发现的可予处罚") && shown.out.contains("2029年3月15日"), "\(shown.out)")
        }
    }
}
