import Foundation
import Testing
@testable import Workflow

/// 行政处罚法 Art. 27: a suspected crime is transferred to the judiciary as the case's end, with a
/// 涉嫌犯罪案件移送书, for the items whose article says "构成犯罪的，依法追究刑事责任"; the levels of
/// those items describe only conduct that is not yet a crime.
@Suite struct TransferTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    func investigating(_ item: String, id: String) throws -> CaseState {
        var state = try h.open(id, item: item, procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某村")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        return state
    }

    let transfer = ActionRequest(action: "transfer", opinion: "当事人假冒僧人收取香客钱财共计8万元，涉嫌诈骗", reason: "涉嫌诈骗罪，依法移送公安机关")

    @Test func anItemWhoseArticleNamesCriminalLiabilityEndsInATransfer() throws {
        var state = try investigating("320600-CF-032", id: "CF-T1")
        let moved = try h.act(&state, transfer, by: EngineHarness.chief)
        #expect(state.step == "transferred")
        #expect(state.isClosed)
        #expect(moved.effects.contains(.produceDocument("transfer-letter")))
        #expect(h.engine.definitions.item("320600-CF-032")?.criminalTransfer?.contains("第74条") == true)
    }

    @Test func anItemWithoutTheClauseIsNotTransferredAsItsEnd() throws {
        let state = try investigating("320600-CF-019", id: "CF-T2")
        #expect(h.refusal(state, transfer, by: EngineHarness.chief) == ["law.noCriminalClause"])
        #expect(!h.enabled(state, for: EngineHarness.chief).contains("transfer"))
    }

    @Test func levelsDoNotDescribeCriminalConduct() throws {
        for code in ["320600-CF-027", "320600-CF-032"] {
            let levels = try #require(h.engine.definitions.item(code)?.discretion?.levels)
            for level in levels {
                #expect(!level.circumstances.contains("骗取钱财数额"), "\(code) \(level.code): 诈骗's own terms")
                #expect(level.circumstances.contains("尚不构成犯罪") || level.code == "minor", "\(code) \(level.code): \(level.circumstances)")
            }
        }
    }
}
