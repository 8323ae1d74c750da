import Foundation
import Localization
import Testing
@testable import Workflow

/// The kinds of transcripts are data (`Resources/transcripts/transcripts.yaml`): the shipped
/// file reads, a broken one is reported at its line, and a draft is checked against its kind.
@Suite struct TranscriptKindsTests {
    static func shipped() throws -> [TranscriptKind] {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Resources/transcripts/transcripts.yaml")
        let parsed = TranscriptKindsParser.parse(SourceFile(path: "transcripts.yaml", text: try String(contentsOf: url, encoding: .utf8)))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map { $0.rendered(.zh) })")
        return try #require(parsed.kinds)
    }

    @Test func theShippedKindsAreTheThreeThePracticeUses() throws {
        let kinds = try Self.shipped()
        #expect(kinds.map(\.name) == ["询问笔录", "现场检查笔录", "听证笔录"])
        for kind in kinds {
            #expect(kind.officers == 2, "\(kind.name)")
            #expect(kind.basis.contains("行政处罚法"))
            #expect(kind.heads.first?.type == .time)
            #expect(kind.heads.contains { $0.type == .identity && $0.required })
            #expect(kind.pageSignature.contains("执法人员签名"))
        }
        let inquiry = try #require(TranscriptKind.find("inquiry", in: kinds))
        #expect(inquiry.pageSignature.hasPrefix("被询问人签名"))
        #expect(inquiry.closing == "以上笔录我已看过，与我说的相符。")
        #expect(TranscriptKind.find(" 听证笔录 ", in: kinds)?.code == "hearing")
    }

    @Test func aBrokenKindsFileIsReportedAtItsLines() {
        let text = """
            transcripts:
              - code: inquiry
                name: 询问笔录
                officers: 0
                heads:
                  - {code: started, name: 开始, type: moment}
                page-signature: 签名
                closing: 看过
                signatures: [签名]
              - code: inquiry
                name: 又一个
                basis: 第五十五条
                officers: 2
                heads: [{code: place, name: 地点}]
                page-signature: 签名
                closing: 看过
                signatures: [签名]
            """
        let parsed = TranscriptKindsParser.parse(SourceFile(path: "t.yaml", text: text))
        #expect(parsed.kinds == nil)
        let rendered = parsed.diagnostics.map { $0.rendered(.zh) }
        #expect(rendered.contains { $0.hasPrefix("t.yaml:2:") && $0.contains("basis") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("t.yaml:4:") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("t.yaml:6:") && $0.contains("moment") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("t.yaml:10:") && $0.contains("重复") }, "\(rendered)")
    }

    @Test func aDraftIsCheckedAgainstItsKindEveryProblemAtOnce() throws {
        let kind = try #require(TranscriptKind.find("询问笔录", in: try Self.shipped()))
        let now = (day: try #require(CivilDate(iso: "2026-03-16")), minute: "2026-03-16 09:00")
        let good = TranscriptDraft(kind: "询问笔录", heads: ["started": "2026-03-16 8:00", "ended": "2026-03-16T08：45", "place": "询问室",
                                                         "person": "李芳", "identity": "320602198503120028", "relation": "当事人"],
                                   officers: ["a", "b", "a"], recorder: "b", body: "问：\n答：")
        #expect(TranscriptCheck.problems(good, kind: kind, qualified: ["a", "b"], users: ["a", "b"], now: now).isEmpty)
        #expect(TranscriptCheck.minute("2026-03-16 8:00") == "2026-03-16 08:00")
        #expect(TranscriptCheck.minute("2026-03-16T08：45") == "2026-03-16 08:45")
        #expect(TranscriptCheck.minute("2026-02-30 08:00") == nil)
        #expect(TranscriptCheck.minute("2026-03-16 24:00") == nil)
        #expect(TranscriptCheck.distinctOfficers(["a", " b ", "a", ""]) == ["a", "b"])

        let bad = TranscriptDraft(kind: "询问笔录", heads: ["started": "明天上午", "place": "", "colour": "red"],
                                  officers: ["a", "x"], recorder: "nobody", body: "\n")
        let problems = TranscriptCheck.problems(bad, kind: kind, qualified: ["a", "b"], users: ["a", "b"], now: now).map { $0.text(.zh) }
        #expect(problems.contains { $0.contains("没有“colour”这一栏") })
        #expect(problems.contains { $0.contains("“询问开始时间”应写成 年-月-日 时:分") })
        #expect(problems.contains("询问笔录缺少“询问结束时间”，请填写"))
        #expect(problems.contains("询问笔录缺少“询问地点”，请填写"))
        #expect(problems.contains { $0.hasPrefix("x 不是持有效执法证的执法人员") })
        #expect(problems.contains { $0.contains("现只列了 2 名") } == false)
        #expect(problems.contains("记录人 nobody 不是本系统的在用用户"))
        #expect(problems.contains { $0.hasPrefix("笔录正文是空的") })
        #expect((try? TranscriptCheck.kind(bad, in: []).get()) == nil)
    }
}
