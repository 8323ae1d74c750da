import Foundation
import Localization
import Testing
@testable import Workflow

/// Penalties held inside the law and the discretion standard (R13), the simplified procedure's
/// limits, two officers at investigation, and merging (并案).
@Suite struct PenaltyFlowTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    static let p05Facts: [String: FactValue] = [
        "activity-date": .date(CivilDate(year: 2026, month: 2, day: 20)!), "place": .text("某村广场"), "attendance": .quantity("800"),
    ]
    static let p05Materials = ["filing-form": 1, "inquiry-record": 1, "inspection-record": 1, "evidence": 1]

    func p05(level: String, fine: Int64?, extra: [Sanction] = [.init(kind: .orderStop)], caseID: String = "CF-5") -> PenaltyDecision {
        let sanctions = extra + (fine.map { [Sanction(kind: .fine, amount: .yuan($0))] } ?? [])
        return PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-005", caseID: caseID, level: level, sanctions: sanctions)])
    }

    /// Opens a P05 case and takes it through filing, ready to close the investigation.
    func investigating(_ id: String = "CF-5", party: CaseParty? = nil) throws -> CaseState {
        var state = try h.open(id, item: "320600-CF-005", procedure: "penalty-ordinary", party: party ?? (try EngineHarness.organization()),
                               by: EngineHarness.handler, materials: Self.p05Materials, facts: Self.p05Facts)
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        return state
    }

    @Test func investigationNeedsTwoOfficers() throws {
        let state = try investigating()
        let request = ActionRequest(action: "finish-investigation", opinion: "事实清楚", penalty: p05(level: "minor", fine: 120_000))
        #expect(h.refusal(state, request, by: EngineHarness.handler) == ["engine.tooFewOfficers"])
        var withTwo = request
        withTwo.participants = [EngineHarness.handler2.userID]
        var copy = state
        try h.act(&copy, withTwo, by: EngineHarness.handler)
        #expect(copy.proposal?.totalFine == .yuan(120_000))
        #expect(copy.history.last?.participants == ["u-handler", "u-handler2"])
    }

    @Test(arguments: [
        (Int64(99_999), "engine.penaltyBelowMinimum"),
        (Int64(300_001), "engine.penaltyOutsideLaw"),
    ])
    func aFineOutsideTheLawIsRefusedEvenWithAJustification(fine: Int64, key: String) throws {
        let state = try investigating()
        var penalty = p05(level: "serious", fine: fine)
        penalty = PenaltyDecision(violations: penalty.violations, justification: "情节特别严重")
        let request = ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: penalty)
        #expect(h.refusal(state, request, by: EngineHarness.handler) == [key])
    }

    /// 行政处罚法 Art. 32: below the band's or the law's minimum only as a reduced penalty on one of
    /// its grounds, with a justification, through legal review (never on the spot), flagged.
    @Test func aFineBelowTheMinimumIsOnlyAReducedPenaltyOnAnArticle32Ground() throws {
        var state = try investigating()
        // 8万 is below P05's statutory 10万; 12万 inside the law but the 严重 band starts higher.
        let below = p05(level: "minor", fine: 80_000)
        func request(_ penalty: PenaltyDecision) -> ActionRequest {
            ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: penalty)
        }
        #expect(h.refusal(state, request(below), by: EngineHarness.handler) == ["engine.penaltyBelowMinimum"])
        #expect(h.refusal(state, request(PenaltyDecision(violations: p05(level: "serious", fine: 120_000).violations, justification: "初犯")), by: EngineHarness.handler)
            == ["engine.penaltyBelowMinimum"])
        let groundOnly = PenaltyDecision(violations: below.violations, mitigation: .remedied)
        #expect(h.refusal(state, request(groundOnly), by: EngineHarness.handler) == ["engine.penaltyReduced", "engine.justificationRequired"])
        let reduced = PenaltyDecision(violations: below.violations, justification: "当事人主动停止活动并退还参加者费用", mitigation: .remedied)
        let transition = try h.act(&state, request(reduced), by: EngineHarness.handler)
        let flags = transition.effects.compactMap { effect -> SupervisionFlag? in
            if case let .flag(flag) = effect { return flag }
            return nil
        }
        #expect(flags.map(\.kind) == [.discretionDeviation])
        #expect(flags.first?.detail.contains("第32条第（一）项") == true)
        // The ordinary procedure then goes through 法制审核 before the decision.
        #expect(h.engine.flow(for: state)?.step("legal-review") != nil)
    }

    @Test func aReducedPenaltyIsNotDecidedOnTheSpot() throws {
        let person = try p19(nil, procedure: "penalty-simplified")
        let base = p19Decision(level: "minor", fine: .yuan(100))
        let reduced = PenaltyDecision(violations: base.violations, justification: "主动消除危害后果", mitigation: .remedied)
        #expect(h.refusal(person, ActionRequest(action: "decide-on-site", opinion: "当场", participants: ["u-handler2"], penalty: reduced), by: EngineHarness.handler)
            == ["engine.reducedNotOnTheSpot"])
    }

    @Test func aFineOutsideTheBandNeedsAJustificationAndIsFlagged() throws {
        var state = try investigating()
        // 18万 is lawful (10万–30万) but outside the 较轻 band (10万–15万).
        let bare = ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: p05(level: "minor", fine: 180_000))
        #expect(h.refusal(state, bare, by: EngineHarness.handler) == ["engine.penaltyOutsideBand", "engine.justificationRequired"])
        var justified = bare
        justified.penalty = PenaltyDecision(violations: bare.penalty?.violations ?? [], justification: "虽为初犯，但活动规模达800人，影响较大")
        let transition = try h.act(&state, justified, by: EngineHarness.handler)
        let flags = transition.effects.compactMap { effect -> SupervisionFlag? in
            if case let .flag(flag) = effect { return flag }
            return nil
        }
        #expect(flags.map(\.kind) == [.discretionDeviation])
        #expect(flags.first?.detail.contains("180000元") == true)
        #expect(state.flags.count == 1)
    }

    @Test func aMandatoryMeasureCannotBeLeftOut() throws {
        let state = try investigating()
        let request = ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: p05(level: "minor", fine: 120_000, extra: []))
        #expect(h.refusal(state, request, by: EngineHarness.handler) == ["engine.penaltyMandatoryMissing"])
    }

    @Test func aPenaltyTheLawDoesNotProvideIsRefused() throws {
        let state = try investigating()
        let request = ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"],
                                    penalty: p05(level: "minor", fine: nil, extra: [.init(kind: .orderStop), .init(kind: .revoke)]))
        #expect(h.refusal(state, request, by: EngineHarness.handler) == ["engine.penaltyKindNotInLaw"])
    }

    @Test func theWholeOrdinaryProcedureToClosing() throws {
        var state = try investigating()
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: p05(level: "minor", fine: 120_000)), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "legal-pass", opinion: "程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "send-notice"), by: EngineHarness.handler)
        try h.act(&state, EngineHarness.hearingRequest(on: "2026-03-12"), by: EngineHarness.handler)
        // The hearing is held on the date the notice fixed, not before (Art. 64).
        #expect(h.refusal(state, ActionRequest(action: "hearing-held", opinion: "当事人承认事实"), by: EngineHarness.handler,
                          at: EngineHarness.monday + 8 * 86_400) == ["lawService.hearingDateNotReached"])
        try h.act(&state, ActionRequest(action: "hearing-held", opinion: "当事人承认事实"), by: EngineHarness.handler, at: EngineHarness.monday + 10 * 86_400)
        // Art. 58(1)(二): legal review again after the hearing; Art. 57(2): a case heard (and a
        // fine of 10万 or more) is discussed by the heads before the decision.
        try h.act(&state, ActionRequest(action: "hearing-legal-pass", opinion: "听证程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "collective-discussion", opinion: "局长办公会集体讨论，同意按较轻情节处罚"), by: EngineHarness.leader)
        #expect(h.refusal(state, ActionRequest(action: "decide-penalty", opinion: "决定"), by: EngineHarness.leader) == ["engine.penaltyRequired"])
        let decided = try h.act(&state, ActionRequest(action: "decide-penalty", opinion: "决定", penalty: p05(level: "minor", fine: 120_000)), by: EngineHarness.leader)
        #expect(decided.effects.contains(.produceDocument("penalty-decision")))
        #expect(state.decision?.totalFine == .yuan(120_000))
        #expect(state.clock.stoppedOn != nil)
        try h.act(&state, EngineHarness.service("serve", on: "2026-03-02"), by: EngineHarness.clerk)
        try h.act(&state, ActionRequest(action: "executed", opinion: "罚款已缴纳", inputs: ["paid-amount": "120000", "paid-on": "2026-03-02", "payment-receipt": "苏财0000001"]),
                  by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "close", opinion: "同意结案"), by: EngineHarness.chief)
        #expect(state.isClosed)
        #expect(state.step == "closed")
    }

    // MARK: Fines as a multiple of illegal gains (P19)

    func p19(_ gains: Money?, party: CaseParty? = nil, procedure: String = "penalty-ordinary", id: String = "CF-19") throws -> CaseState {
        var facts: [String: FactValue] = ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")]
        if let gains { facts["illegal-gains"] = .money(gains) }
        return try h.open(id, item: "320600-CF-019", procedure: procedure, party: party ?? (try EngineHarness.person()), by: EngineHarness.handler,
                          materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1], facts: facts)
    }

    /// With `gains`, the gains recorded are confiscated, as the law requires.
    func p19Decision(level: String, fine: Money, id: String = "CF-19", gains: Money? = nil) -> PenaltyDecision {
        let confiscation: [Sanction] = gains.map { [.init(kind: .confiscateGains, amount: $0)] } ?? []
        return PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: id, level: level,
                                                             sanctions: [.init(kind: .orderStop)] + confiscation + [.init(kind: .fine, amount: fine)])])
    }

    @Test func rangesAsMultiplesOfGainsResolveAgainstTheCase() throws {
        let check = DiscretionCheck(items: { [h] in h.engine.definitions.item($0) })
        let facts: [String: [String: FactValue]] = ["CF-19": ["illegal-gains": .money(.yuan(10_000))]]
        // Law: 1–3 × 10000 = 10000–30000; 较轻 band: 1倍以上不满1.5倍 = 10000–14999.99.
        let gains = Money.yuan(10_000)
        #expect(check.evaluate(p19Decision(level: "minor", fine: Money(fen: 1_499_999), gains: gains), facts: facts) == DiscretionFinding())
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(15_000), gains: gains), facts: facts).deviations.map(\.key) == ["engine.penaltyOutsideBand"])
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(20_000), gains: gains), facts: facts).deviations.map(\.key) == ["engine.penaltyOutsideBand"])
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(30_001), gains: gains), facts: facts).illegal.map(\.key) == ["engine.penaltyOutsideLaw"])
        // Gains not established: the law's fallback of up to 5万元 applies, and 较轻 up to 1万元.
        let unknown: [String: [String: FactValue]] = ["CF-19": [:]]
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(8_000)), facts: unknown) == DiscretionFinding())
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(40_000)), facts: unknown).deviations.count == 1)
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(50_001)), facts: unknown).illegal.map(\.key) == ["engine.penaltyOutsideLaw"])
        let ranges = check.fineRanges(itemCode: "320600-CF-019", level: "general", facts: ["illegal-gains": .money(.yuan(10_000))])
        #expect(ranges.legal == .yuan(10_000) ... .yuan(30_000))
        #expect(ranges.band == .yuan(15_000) ... Money(fen: 2_499_999))
    }

    // MARK: Simplified procedure

    @Test func theSimplifiedProcedureIsOnlyForSmallFines() throws {
        // Gains that cannot be determined (with gains recorded they would be confiscated, which
        // bars the procedure): the law's fallback allows up to 5万元, the 较轻 band up to 1万元.
        var person = try p19(nil, procedure: "penalty-simplified")
        let tooHigh = ActionRequest(action: "decide-on-site", opinion: "当场处罚", participants: ["u-handler2"], penalty: p19Decision(level: "minor", fine: .yuan(201)))
        #expect(h.refusal(person, tooHigh, by: EngineHarness.handler).contains("engine.simplifiedFineTooHigh"))
        try h.act(&person, ActionRequest(action: "decide-on-site", opinion: "当场处罚", participants: ["u-handler2"], penalty: p19Decision(level: "minor", fine: .yuan(200))), by: EngineHarness.handler)
        #expect(person.step == "record")

        let organization = try p19(nil, party: try EngineHarness.organization(), procedure: "penalty-simplified", id: "CF-19B")
        let orgFine = ActionRequest(action: "decide-on-site", opinion: "当场处罚", participants: ["u-handler2"], penalty: p19Decision(level: "minor", fine: .yuan(3_000), id: "CF-19B"))
        #expect((try? h.engine.perform(orgFine, on: organization, by: EngineHarness.handler, at: EngineHarness.monday).get()) != nil)
        let orgTooHigh = ActionRequest(action: "decide-on-site", opinion: "当场处罚", participants: ["u-handler2"], penalty: p19Decision(level: "minor", fine: .yuan(3_001), id: "CF-19B"))
        #expect(h.refusal(organization, orgTooHigh, by: EngineHarness.handler).contains("engine.simplifiedFineTooHigh"))
    }

    @Test func theSimplifiedProcedureGivesNoConfiscation() throws {
        let person = try p19(nil, procedure: "penalty-simplified")
        let property = [ConfiscatedItem(name: "宣传册", quantity: "30", unit: "本")]
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-19", level: "minor",
                                                                    sanctions: [.init(kind: .orderStop), .init(kind: .confiscateProperty, property: property)])])
        let request = ActionRequest(action: "decide-on-site", opinion: "当场", participants: ["u-handler2"], penalty: penalty)
        #expect(h.refusal(person, request, by: EngineHarness.handler) == ["engine.simplifiedKindNotAllowed"])
    }

    /// 行政处罚法 Art. 51 with 《宗教事务条例》 Art. 69 ②: gains recorded must be confiscated, so the
    /// case cannot be decided on the spot, whatever the decision lists; the action says why before
    /// anything is typed.
    @Test func gainsToConfiscateBarTheSimplifiedProcedure() throws {
        let person = try p19(.yuan(150), procedure: "penalty-simplified")
        let small = ActionRequest(action: "decide-on-site", opinion: "当场", participants: ["u-handler2"], penalty: p19Decision(level: "minor", fine: .yuan(150), gains: .yuan(150)))
        let refusal = h.refusal(person, small, by: EngineHarness.handler)
        #expect(refusal.contains("engine.simplifiedConfiscation"))
        let listed = h.engine.available(person, for: EngineHarness.handler).first { $0.action.code == "decide-on-site" }
        #expect(listed?.isEnabled == false)
        #expect(listed?.disabledReasons.map(\.key) == ["engine.simplifiedConfiscation"])
        #expect(listed?.disabledReasons.first?.text(.zh).contains("第51条") == true)
        // Gains found to be nil are no bar: nothing is there to confiscate.
        let none = try p19(.yuan(0), procedure: "penalty-simplified", id: "CF-19Z")
        #expect(h.engine.available(none, for: EngineHarness.handler).first { $0.action.code == "decide-on-site" }?.isEnabled == true)
    }

    /// 《宗教事务条例》 Art. 69 ② (有违法所得、非法财物的，没收) and 行政处罚法 Art. 28 ②: a proposal or
    /// decision that leaves out the confiscation of recorded gains or property is refused, naming
    /// the article; the gains taken are the gains recorded; property goes by a list.
    @Test func recordedGainsAndPropertyMustBeConfiscated() throws {
        var state = try p19(.yuan(10_000))
        try h.act(&state, ActionRequest(action: "file", opinion: "立案"), by: EngineHarness.chief)
        func propose(_ penalty: PenaltyDecision) -> ActionRequest {
            ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: penalty)
        }
        let omitted = h.engine.perform(propose(p19Decision(level: "minor", fine: .yuan(12_000))), on: state, by: EngineHarness.handler, at: EngineHarness.monday)
        guard case let .failure(rejection) = omitted else {
            Issue.record("a proposal without the confiscation went through")
            return
        }
        #expect(rejection.reasons.map(\.key) == ["engine.confiscationRequired"])
        #expect(rejection.reasons.first?.text(.zh).contains("《宗教事务条例》第69条第2款") == true)
        #expect(rejection.reasons.first?.text(.zh).contains("10000元") == true)
        #expect(h.refusal(state, propose(p19Decision(level: "minor", fine: .yuan(12_000), gains: .yuan(10_001))), by: EngineHarness.handler)
            == ["engine.confiscationAboveGains"])
        // Less than the gains only for what must be returned (Art. 28 ②): justified and flagged.
        #expect(h.refusal(state, propose(p19Decision(level: "minor", fine: .yuan(12_000), gains: .yuan(9_000))), by: EngineHarness.handler)
            == ["engine.confiscationBelowGains", "engine.justificationRequired"])
        let noAmount = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-19", level: "minor",
                                                                     sanctions: [.init(kind: .orderStop), .init(kind: .confiscateGains), .init(kind: .fine, amount: .yuan(12_000))])])
        #expect(h.refusal(state, propose(noAmount), by: EngineHarness.handler) == ["engine.penaltyAmountMissing"])

        // Property recorded: confiscated by a list of what and how many.
        guard case let .success(recorded) = h.engine.recordFacts(["illegal-property": .text("功德箱2个、宣传册30本")], on: state, by: EngineHarness.handler, at: EngineHarness.monday) else {
            Issue.record("the property could not be recorded")
            return
        }
        state = recorded.state
        #expect(h.refusal(state, propose(p19Decision(level: "minor", fine: .yuan(12_000), gains: .yuan(10_000))), by: EngineHarness.handler)
            == ["engine.confiscationRequired"])
        func withProperty(_ list: [ConfiscatedItem]) -> PenaltyDecision {
            PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-19", level: "minor", sanctions: [
                .init(kind: .orderStop), .init(kind: .confiscateGains, amount: .yuan(10_000)),
                .init(kind: .confiscateProperty, property: list), .init(kind: .fine, amount: .yuan(12_000)),
            ])])
        }
        #expect(h.refusal(state, propose(withProperty([])), by: EngineHarness.handler) == ["engine.propertyListMissing"])
        #expect(h.refusal(state, propose(withProperty([ConfiscatedItem(name: "功德箱", quantity: "0", unit: "个")])), by: EngineHarness.handler)
            == ["engine.propertyLineBad"])
        let list = [ConfiscatedItem(name: "功德箱", quantity: "2", unit: "个"), ConfiscatedItem(name: "宣传册", quantity: "30", unit: "本")]
        try h.act(&state, propose(withProperty(list)), by: EngineHarness.handler)
        let taken = state.proposal?.violations.first?.sanctions
        #expect(taken?.first { $0.kind == .confiscateGains }?.amount == .yuan(10_000))
        #expect(taken?.first { $0.kind == .confiscateProperty }?.property == list)
    }

    /// 《宗教事务条例》 Art. 69: gains recorded as 0 (查明无违法所得) are determined, so neither a
    /// multiple of them nor the sum for gains that cannot be determined may be fined, and there is
    /// nothing to confiscate.
    @Test func gainsFoundToBeNilAreNotUndetermined() throws {
        let check = DiscretionCheck(items: { [h] in h.engine.definitions.item($0) })
        let zero: [String: [String: FactValue]] = ["CF-19": ["illegal-gains": .money(.yuan(0))]]
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(5_000)), facts: zero).illegal.map(\.key) == ["engine.penaltyBaseZero"])
        #expect(check.evaluate(p19Decision(level: "minor", fine: .yuan(5_000)), facts: ["CF-19": [:]]).isLawful)
        let confiscated = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-19", level: "minor",
                                                                        sanctions: [.init(kind: .orderStop), .init(kind: .confiscateGains, amount: .yuan(1))])])
        #expect(check.evaluate(confiscated, facts: zero).illegal.map(\.key) == ["engine.confiscationNoGains"])
        // P16 (Art. 69 ①): the fine exists only for gains that cannot be determined.
        let p16 = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-016", caseID: "CF-19", level: "minor",
                                                                sanctions: [.init(kind: .ban), .init(kind: .fine, amount: .yuan(5_000))])])
        #expect(check.evaluate(p16, facts: zero).illegal.map(\.key) == ["engine.penaltyBaseZero"])
        #expect(check.evaluate(p16, facts: ["CF-19": [:]]).isLawful)
        #expect(check.fineRanges(itemCode: "320600-CF-019", level: "minor", facts: ["illegal-gains": .money(.yuan(0))]).legal == .yuan(0) ... .yuan(0))
    }

    // MARK: Merging

    @Test func casesOfTheSamepartyMergeAndEachViolationKeepsItsOwnCheck() throws {
        let party = try EngineHarness.organization()
        var primary = try investigating("CF-A", party: party)
        var second = try p19(.yuan(10_000), party: party, id: "CF-B")
        try h.act(&second, ActionRequest(action: "file", opinion: "立案"), by: EngineHarness.chief)
        let transition = try h.act(&primary, ActionRequest(action: "merge", opinion: "同一当事人多项违法，并案处理", mergeWith: [second]), by: EngineHarness.handler)
        #expect(transition.effects.contains(.absorb(caseID: "CF-B")))
        #expect(transition.sideEvents["CF-B"]?.count == 1)
        let absorbed = second.applying(transition.sideEvents["CF-B"] ?? [])
        #expect(absorbed.isClosed && absorbed.absorbedInto == "CF-A")
        #expect(h.enabled(absorbed, for: EngineHarness.handler).isEmpty)

        // The decision must cover both violations, each against its own item.
        let onlyOwn = ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: p05(level: "minor", fine: 120_000, caseID: "CF-A"))
        #expect(h.refusal(primary, onlyOwn, by: EngineHarness.handler) == ["engine.penaltyCaseMissing"])
        let both = PenaltyDecision(violations: p05(level: "minor", fine: 120_000, caseID: "CF-A").violations
            + p19Decision(level: "minor", fine: .yuan(40_000), id: "CF-B", gains: .yuan(10_000)).violations)
        // 40000 is above 3 × 10000 for the P19 violation: refused although the P05 part is lawful.
        #expect(h.refusal(primary, ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: both), by: EngineHarness.handler)
            == ["engine.penaltyOutsideLaw"])
        let lawful = PenaltyDecision(violations: p05(level: "minor", fine: 120_000, caseID: "CF-A").violations
            + p19Decision(level: "minor", fine: .yuan(12_000), id: "CF-B", gains: .yuan(10_000)).violations)
        try h.act(&primary, ActionRequest(action: "finish-investigation", opinion: "x", participants: ["u-handler2"], penalty: lawful), by: EngineHarness.handler)
        #expect(primary.proposal?.totalFine == .yuan(132_000))
    }

    @Test func casesOfDifferentPartiesDoNotMerge() throws {
        let primary = try investigating("CF-A")
        let other = try p19(.yuan(10_000), party: try EngineHarness.person(), id: "CF-C")
        #expect(h.refusal(primary, ActionRequest(action: "merge", opinion: "并案", mergeWith: [other]), by: EngineHarness.handler) == ["engine.mergeOtherParty"])
        #expect(h.refusal(primary, ActionRequest(action: "merge", opinion: "并案", mergeWith: [primary]), by: EngineHarness.handler) == ["engine.mergeSelf"])
        #expect(h.refusal(primary, ActionRequest(action: "merge", opinion: "并案", mergeWith: []), by: EngineHarness.handler) == ["engine.mergeNothing"])
    }

    /// Takes a P05 case to the statement period: proposed at 120,000 yuan, reviewed, notified on
    /// the Monday.
    func notified() throws -> CaseState {
        var state = try investigating()
        try h.act(&state, ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: ["u-handler2"], penalty: p05(level: "minor", fine: 120_000)), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "review-approve", opinion: "同意"), by: EngineHarness.chief)
        try h.act(&state, ActionRequest(action: "legal-pass", opinion: "程序合法"), by: EngineHarness.legal)
        try h.act(&state, ActionRequest(action: "send-notice"), by: EngineHarness.handler)
        try h.act(&state, EngineHarness.service("record-service", on: "2026-03-02"), by: EngineHarness.handler)
        return state
    }

    @Test func theStatementPeriodMustRunOutBeforeItIsClosedAsUnused() throws {
        var state = try notified()
        // Notified Monday 2026-03-02: five working days run to Monday 03-09.
        let friday = EngineHarness.monday + 4 * 86_400
        #expect(h.refusal(state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: friday) == ["engine.periodNotElapsed"])
        let listed = h.engine.available(state, for: EngineHarness.handler, on: CivilDate.inShanghai(friday)).first { $0.action.code == "no-statement" }
        #expect(listed?.isEnabled == false)
        let due = EngineHarness.monday + 7 * 86_400
        #expect(h.refusal(state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: due) == ["engine.periodNotElapsed"])
        try h.act(&state, ActionRequest(action: "no-statement"), by: EngineHarness.handler, at: due + 86_400)
        #expect(state.step == "decision")
    }

    @Test func theDecisionCannotBeHeavierThanWhatWasNotified() throws {
        var state = try notified()
        try h.act(&state, ActionRequest(action: "statement-heard", opinion: "当事人的申辩不成立"), by: EngineHarness.handler, at: EngineHarness.monday + 8 * 86_400)
        try h.act(&state, ActionRequest(action: "collective-discussion", opinion: "集体讨论"), by: EngineHarness.leader)
        let heavier = ActionRequest(action: "decide-penalty", opinion: "决定", penalty: p05(level: "minor", fine: 140_000))
        #expect(h.refusal(state, heavier, by: EngineHarness.leader) == ["engine.heavierThanNotified"])
        let added = ActionRequest(action: "decide-penalty", opinion: "决定", penalty: p05(level: "minor", fine: 120_000, extra: [.init(kind: .orderStop), .init(kind: .confiscateProperty, property: [ConfiscatedItem(name: "宣传册", quantity: "200", unit: "本")])]))
        #expect(h.refusal(state, added, by: EngineHarness.leader) == ["engine.heavierThanNotified"])
        // The same or lighter stands: the statement may lighten a penalty, never make it heavier.
        try h.act(&state, ActionRequest(action: "decide-penalty", opinion: "决定", penalty: p05(level: "minor", fine: 110_000)), by: EngineHarness.leader)
        #expect(state.decision?.totalFine == .yuan(110_000))
    }
}
