import Foundation
import Localization
import Testing
@testable import Workflow

/// Counts and amounts are bounded where they enter the engine, and replay never traps on a stored
/// absurd value (issue 11: a count near Int.max crashed the process holding the write lock).
@Suite struct InputBoundsTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    func opening(materials: [String: Int], facts: [String: FactValue] = EngineHarness.licenceFacts) throws -> CaseOpening {
        CaseOpening(caseID: "XK-B", itemCode: "320600-XK-001", procedureCode: "licence", flowVersion: 1, party: try EngineHarness.organization(),
                    subject: "边界", materials: materials, facts: facts)
    }

    func reasons<T>(_ result: Result<T, Rejection>) -> [Message] {
        if case let .failure(rejection) = result { return rejection.reasons }
        return []
    }

    @Test(arguments: [1001, Int.max, Int.max - 1])
    func anOpeningCountAboveTheLimitIsRefusedNamingMaterialAndLimit(count: Int) throws {
        var materials = EngineHarness.licenceMaterials
        materials["safety-plan"] = count
        let refused = reasons(h.engine.open(try opening(materials: materials), by: EngineHarness.clerk, at: EngineHarness.monday))
        #expect(refused.map(\.key) == ["engine.materialCountTooLarge"])
        let text = try #require(refused.first).text(.zh)
        #expect(text.contains("安全工作方案") && text.contains("\(CaseEngine.materialCountLimit)"))
        #expect(try #require(refused.first).text(.en).contains("at most \(CaseEngine.materialCountLimit)"))
    }

    @Test func theLimitItselfIsAccepted() throws {
        var materials = EngineHarness.licenceMaterials
        materials["safety-plan"] = CaseEngine.materialCountLimit
        #expect(reasons(h.engine.open(try opening(materials: materials), by: EngineHarness.clerk, at: EngineHarness.monday)).isEmpty)
    }

    @Test func additionsAreBoundedOnTheirOwnAndTogetherWithWhatTheCaseHolds() throws {
        let state = try h.open("XK-B", item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(), by: EngineHarness.clerk,
                               materials: ["application": 999], facts: EngineHarness.licenceFacts)
        let huge = h.engine.addMaterials(["safety-plan": Int.max], to: state, by: EngineHarness.clerk, at: EngineHarness.monday)
        #expect(reasons(huge).map(\.key) == ["engine.materialCountTooLarge"])
        let overTotal = h.engine.addMaterials(["application": 2], to: state, by: EngineHarness.clerk, at: EngineHarness.monday)
        #expect(reasons(overTotal).map(\.key) == ["engine.materialCountTooLarge"])
        let upToTheLimit = h.engine.addMaterials(["application": 1], to: state, by: EngineHarness.clerk, at: EngineHarness.monday)
        #expect(try upToTheLimit.get().state.materials["application"] == CaseEngine.materialCountLimit)
    }

    @Test func replayOfStoredAbsurdCountsSaturatesInsteadOfTrapping() throws {
        let state = try h.open("XK-B", item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(), by: EngineHarness.clerk,
                               materials: ["application": 1], facts: EngineHarness.licenceFacts)
        // What an older release or a damaged file may hold: additions the engine would now refuse.
        let events: [CaseEvent] = [
            .materialsAdded(["application": Int.max - 1], userID: "u", at: EngineHarness.monday),
            .materialsAdded(["application": Int.max], userID: "u", at: EngineHarness.monday),
            .materialsAdded(["application": 5], userID: "u", at: EngineHarness.monday),
        ]
        let replayed = state.applying(events)
        #expect(replayed.materials["application"] == Int.max)
        #expect(replayed.revision == state.revision + 3)
        // And the engine refuses to add more to it rather than trap.
        let more = h.engine.addMaterials(["application": 1], to: replayed, by: EngineHarness.clerk, at: EngineHarness.monday)
        #expect(reasons(more).map(\.key) == ["engine.materialCountTooLarge"])
    }

    @Test func amountsAboveTheMaximumAreRefusedAndSumsSaturate() throws {
        #expect(Money.parseYuan("100000000万") == Money.maximum)
        #expect(Money.parseYuan("100000000.0001万") == nil)
        #expect(Money.parseYuan("999999999999万") == nil, "parsed, but above the maximum")
        #expect(Money.parseYuan("12万") == Money.yuan(120_000))

        let gainsField = ["activity-date": FactValue.date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所"),
                          "illegal-gains": .money(Money(fen: .max))]
        let opening = CaseOpening(caseID: "CF-B", itemCode: "320600-CF-019", procedureCode: "penalty-ordinary", flowVersion: 1, party: try EngineHarness.person(),
                                  subject: "边界", materials: ["filing-form": 1], facts: gainsField)
        let refused = reasons(h.engine.open(opening, by: EngineHarness.handler, at: EngineHarness.monday))
        #expect(refused.map(\.key) == ["engine.amountTooLarge"])
        #expect(try #require(refused.first).text(.zh).contains("违法所得"))

        let absurd = PenaltyDecision(violations: (0..<3).map { index in
            ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-\(index)", level: "minor", sanctions: [.init(kind: .fine, amount: Money(fen: .max))])
        })
        #expect(absurd.totalFine == Money(fen: .max))
        #expect(Money.yuan(.max) == Money(fen: .max))
    }

    @Test func aFineAboveTheMaximumIsRefusedByTheEngine() throws {
        var state = try h.open("CF-19", item: "320600-CF-019", procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-19", level: "minor",
                                                                    sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: Money(fen: .max))])],
                                      justification: "x")
        let keys = h.refusal(state, ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: penalty), by: EngineHarness.handler)
        #expect(keys.contains("engine.amountTooLarge"))
    }
}
