import Foundation
import Testing
@testable import Workflow

/// Discretion bands never share an amount: 以上、以下 include their number, so a lower level ends
/// "不满" the next level's start (`below-max: true`), and the validator refuses bands that touch.
@Suite struct BandBoundaryTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    @Test func aFixedBandBelowItsMaximumEndsOneFenShort() throws {
        let band = AmountRange(basis: .fixed, fact: nil, min: 10_000_000, max: 15_000_000, undetermined: nil, belowMax: true)
        #expect(band.resolve(base: nil) == Money.yuan(100_000)...Money(fen: 14_999_999))
        let inclusive = AmountRange(basis: .fixed, fact: nil, min: 10_000_000, max: 15_000_000, undetermined: nil)
        #expect(inclusive.resolve(base: nil)?.upperBound == Money.yuan(150_000))
    }

    @Test func aMultipleBelowItsMaximumStopsUnderTheProduct() throws {
        // 1倍以上不满1.5倍 of gains: 10,000 yuan → up to 14,999.99; of 0.03 yuan → 0.03 to 0.04.
        let band = AmountRange(basis: .multiple, fact: "illegal-gains", min: 1_000, max: 1_500, undetermined: nil, belowMax: true)
        #expect(band.resolve(base: .yuan(10_000)) == Money.yuan(10_000)...Money(fen: 1_499_999))
        #expect(band.resolve(base: Money(fen: 3)) == Money(fen: 3)...Money(fen: 4))
        #expect(band.resolve(base: Money(fen: 0)) == Money(fen: 0)...Money(fen: 0))
    }

    @Test func theShippedLowerLevelsEndBelowTheNextOnesStart() throws {
        // CF-005 较轻: 10万元以上不满15万元; 15万 itself is the next level's.
        var state = try h.open("CF-B1", item: "320600-CF-005", procedure: "penalty-ordinary", party: try EngineHarness.organization(), by: EngineHarness.handler,
                               materials: PenaltyFlowTests.p05Materials, facts: PenaltyFlowTests.p05Facts)
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        func proposal(_ level: String, _ yuan: Int64) -> ActionRequest {
            ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: PenaltyDecision(violations: [
                ViolationPenalty(itemCode: "320600-CF-005", caseID: "CF-B1", level: level, sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(yuan))]),
            ]))
        }
        #expect(h.refusal(state, proposal("minor", 150_000), by: EngineHarness.handler) == ["engine.penaltyOutsideBand", "engine.justificationRequired"])
        var general = state
        try h.act(&general, proposal("general", 150_000), by: EngineHarness.handler)
        try h.act(&state, proposal("minor", 149_999), by: EngineHarness.handler)
    }

    @Test func theValidatorRefusesTouchingBands() throws {
        let touching = Fixtures.shippedSources(replacing: "320600-CF-005.yaml") {
            $0.replacingOccurrences(of: "{penalty: fine, min: 100000, max: 150000, below-max: true}", with: "{penalty: fine, min: 100000, max: 150000}")
        }
        let compiled = DefinitionCompiler.compile(touching)
        #expect(compiled.errors.contains { $0.message.key == "lawService.bandsTouch" && $0.message.text(.zh).contains("不满") }, "\(compiled.errors)")
        // A version stored before the rule still loads, warned.
        let stored = DefinitionCompiler.compile(touching, stored: true)
        #expect(!stored.errors.contains { $0.message.key == "lawService.bandsTouch" })
        #expect(stored.diagnostics.contains { $0.message.key == "lawService.bandsTouch" && $0.severity == .warning })
        let undetermined = Fixtures.shippedSources(replacing: "320600-CF-019.yaml") {
            $0.replacingOccurrences(of: "undetermined: {min: 10000, max: 30000, below-max: true}", with: "undetermined: {min: 10000, max: 30000}")
        }
        #expect(DefinitionCompiler.compile(undetermined).errors.contains { $0.message.key == "lawService.bandsTouch" })
    }
}
