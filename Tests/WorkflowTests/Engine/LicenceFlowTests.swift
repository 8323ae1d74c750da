import Foundation
import Localization
import Testing
@testable import Workflow

/// The licence procedure as a clerk, a handler, a chief and a leader live it (R5, R6, R8, R9,
/// R12, R19).
@Suite struct LicenceFlowTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    func openLicence(materials: [String: Int] = EngineHarness.licenceMaterials) throws -> CaseState {
        try h.open("XK-1", item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(), by: EngineHarness.clerk,
                   materials: materials, facts: EngineHarness.licenceFacts)
    }

    @Test func incompleteMaterialsCannotBeAcceptedAndEveryMissingOneIsNamed() throws {
        var materials = EngineHarness.licenceMaterials
        materials["safety-plan"] = nil
        materials["venue-consent"] = nil
        var state = try openLicence(materials: materials)
        let accept = try #require(h.engine.available(state, for: EngineHarness.clerk).first { $0.action.code == "accept" })
        #expect(!accept.isEnabled)
        let reason = try #require(accept.disabledReasons.first)
        #expect(reason.key == "engine.materialsMissing")
        #expect(reason.text(.zh) == "材料不全：缺少 安全工作方案和突发事件应急预案、活动场地使用同意书")
        #expect(h.refusal(state, ActionRequest(action: "accept"), by: EngineHarness.clerk) == ["engine.materialsMissing"])

        // The correction notice lists everything missing at once, and the clock has not started.
        let transition = try h.act(&state, ActionRequest(action: "request-correction"), by: EngineHarness.clerk)
        #expect(state.step == "correction")
        #expect(state.history.last?.missing == ["安全工作方案和突发事件应急预案", "活动场地使用同意书"])
        #expect(transition.effects.contains(.produceDocument("correction-notice")))
        #expect(state.clock.startedOn == nil)
    }

    @Test func completeMaterialsAreAcceptedAndTheClockStarts() throws {
        var state = try openLicence()
        #expect(!h.enabled(state, for: EngineHarness.clerk).contains("request-correction"), "nothing to correct")
        let transition = try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        #expect(state.step == "review")
        #expect(state.clock.startedOn != nil)
        #expect(transition.effects == [.produceDocument("acceptance-notice")])
    }

    @Test func aSecondCorrectionNeedsAReasonAndIsFlagged() throws {
        var state = try openLicence(materials: ["application": 1])
        try h.act(&state, ActionRequest(action: "request-correction"), by: EngineHarness.clerk)
        try h.act(&state, ActionRequest(action: "receive-correction"), by: EngineHarness.clerk)
        #expect(h.refusal(state, ActionRequest(action: "request-correction"), by: EngineHarness.clerk) == ["engine.reasonRequiredRepeated"])
        let second = try h.act(&state, ActionRequest(action: "request-correction", reason: "补正材料仍缺安全预案"), by: EngineHarness.clerk)
        #expect(state.abnormalCounts[.correction] == 2)
        #expect(second.effects.contains { if case let .flag(flag) = $0 { flag.kind == .repeatedAbnormal } else { false } })
    }

    @Test func onlyThePostOfTheStepMayAct() throws {
        let state = try openLicence()
        #expect(h.refusal(state, ActionRequest(action: "accept"), by: EngineHarness.handler) == ["engine.notYourPost"])
        #expect(h.enabled(state, for: EngineHarness.monitor).isEmpty, "supervision reads, never acts")
        #expect(h.enabled(state, for: EngineHarness.clerk) == ["accept", "refuse", "withdraw"])
    }

    @Test func aNegativeOpinionMustStateItsReasons() throws {
        var state = try openLicence()
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        #expect(h.refusal(state, ActionRequest(action: "propose-deny"), by: EngineHarness.handler) == ["engine.negativeNeedsReasons"])
        try h.act(&state, ActionRequest(action: "propose-deny", opinion: "活动地点不具备安全条件，消防通道不足"), by: EngineHarness.handler)
        #expect(state.opinions.last?.verdict == .negative)
        #expect(state.opinions.last?.text == "活动地点不具备安全条件，消防通道不足")
    }

    @Test func whoeverHandledAStepCannotApproveIt() throws {
        var state = try openLicence()
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        let both = Actor(userID: "u-both", name: "兼岗", posts: ["handler", "chief"])
        try h.act(&state, ActionRequest(action: "propose-grant", opinion: "材料齐全，符合条件"), by: both)
        try h.act(&state, ActionRequest(action: "police-replied", opinion: "公安机关复函：无不同意见"), by: both)
        #expect(h.refusal(state, ActionRequest(action: "chief-approve", opinion: "同意"), by: both) == ["engine.cannotApproveOwn"])
        try h.act(&state, ActionRequest(action: "chief-approve", opinion: "同意"), by: EngineHarness.chief)
        #expect(state.step == "leader-approval")
    }

    @Test func theWholeWayToDeliveryAndThePathTaken() throws {
        var state = try openLicence(materials: ["application": 1, "organiser-certificate": 1, "activity-plan": 1, "agent-id": 1])
        try h.act(&state, ActionRequest(action: "request-correction"), by: EngineHarness.clerk)
        try h.act(&state, ActionRequest(action: "receive-correction"), by: EngineHarness.clerk)
        state = try h.engine.addMaterials(["safety-plan": 1, "venue-consent": 1], to: state, by: EngineHarness.clerk, at: EngineHarness.monday).get().state
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        try h.act(&state, ActionRequest(action: "propose-grant", opinion: "符合条件"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "police-replied", opinion: "公安机关复函：无不同意见"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "chief-return", reason: "安全预案须补充疏散路线"), by: EngineHarness.chief)
        #expect(state.step == "review")
        try h.act(&state, ActionRequest(action: "propose-grant", opinion: "已补充疏散路线，符合条件"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "police-replied", opinion: "公安机关复函：无不同意见"), by: EngineHarness.handler)
        try h.act(&state, ActionRequest(action: "chief-approve", opinion: "同意"), by: EngineHarness.chief)
        let grant = try h.act(&state, ActionRequest(action: "grant", opinion: "准予"), by: EngineHarness.leader)
        #expect(grant.effects.contains(.produceDocument("licence-grant")))
        #expect(state.clock.stoppedOn != nil, "the decision stops the statutory clock")
        // 条例 Art. 42: the approval is filed with the province before the case ends.
        #expect(h.refusal(state, ActionRequest(action: "deliver"), by: EngineHarness.clerk) == ["law3.notFiledWithProvince"])
        try h.act(&state, ActionRequest(action: "file-with-province", inputs: ["filed-on": "2026-03-02"]), by: EngineHarness.clerk)
        try h.act(&state, ActionRequest(action: "deliver"), by: EngineHarness.clerk)
        #expect(state.isClosed)
        #expect(state.path == ["receive", "correction", "receive", "review", "police", "chief-review", "review", "police", "chief-review", "leader-approval", "issue", "done"])
        #expect(state.abnormalCounts == [.correction: 1, .return: 1])
        #expect(h.refusal(state, ActionRequest(action: "deliver"), by: EngineHarness.clerk).contains("engine.actionNotHere"))
    }

    @Test func suspensionStopsEverythingButResumeAndNeedsAReason() throws {
        var state = try openLicence()
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        #expect(h.refusal(state, ActionRequest(action: "suspend"), by: EngineHarness.handler) == ["engine.reasonRequired"])
        try h.act(&state, ActionRequest(action: "suspend", reason: "申请人要求暂缓，待场地确认"), by: EngineHarness.handler)
        #expect(state.status == .suspended)
        #expect(state.clock.isPaused)
        #expect(h.enabled(state, for: EngineHarness.handler) == ["resume"])
        #expect(h.refusal(state, ActionRequest(action: "propose-grant", opinion: "x"), by: EngineHarness.handler) == ["engine.caseSuspended"])
        try h.act(&state, ActionRequest(action: "resume"), by: EngineHarness.handler)
        #expect(state.status == .open)
        #expect(!state.clock.isPaused)
        #expect(state.clock.pauses.count == 1)
    }

    /// 条例 Art. 42's 15 days have no 行政许可法 Art. 42 extension: XK-001 refuses it naming the
    /// article. The mechanism is checked on the licence flow without the item's `no-extension`.
    @Test func extensionOnlyByTheLeaderAndOnlyOnce() throws {
        var shipped = try openLicence()
        try h.act(&shipped, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        #expect(h.refusal(shipped, ActionRequest(action: "extend", reason: "需现场核查"), by: EngineHarness.leader) == ["law3.noExtension"])
        let h = try EngineHarness.withoutNoExtension()
        var state = try h.open("XK-1", item: "320600-XK-001", procedure: "licence", party: try EngineHarness.organization(), by: EngineHarness.clerk,
                               materials: EngineHarness.licenceMaterials, facts: EngineHarness.licenceFacts)
        try h.act(&state, ActionRequest(action: "accept"), by: EngineHarness.clerk)
        #expect(h.refusal(state, ActionRequest(action: "extend", reason: "需现场核查"), by: EngineHarness.handler) == ["engine.notYourPost"])
        let transition = try h.act(&state, ActionRequest(action: "extend", reason: "需现场核查"), by: EngineHarness.leader)
        #expect(transition.effects.contains(.produceDocument("extension-notice")))
        #expect(state.clock.extensions == [TimeLimit(days: 10, unit: .workday)])
        #expect(h.refusal(state, ActionRequest(action: "extend", reason: "再延"), by: EngineHarness.leader) == ["engine.alreadyExtended"])
    }

    @Test func withdrawalEndsTheCaseWithItsReason() throws {
        var state = try openLicence()
        try h.act(&state, ActionRequest(action: "withdraw", reason: "申请人书面撤回"), by: EngineHarness.clerk)
        #expect(state.step == "withdrawn")
        #expect(state.isClosed)
        #expect(state.history.last?.reason == "申请人书面撤回")
    }

    @Test func replayingTheEventsGivesTheSameState() throws {
        let opening = CaseOpening(
            caseID: "XK-R", itemCode: "320600-XK-001", procedureCode: "licence", flowVersion: 1, party: try EngineHarness.organization(),
            subject: "重放", materials: EngineHarness.licenceMaterials, facts: EngineHarness.licenceFacts
        )
        var events = try h.engine.open(opening, by: EngineHarness.clerk, at: EngineHarness.monday).get().events
        var state = try #require(h.engine.replay(events))
        for (request, actor) in [
            (ActionRequest(action: "accept"), EngineHarness.clerk),
            (ActionRequest(action: "suspend", reason: "暂缓"), EngineHarness.handler),
            (ActionRequest(action: "resume"), EngineHarness.handler),
            (ActionRequest(action: "propose-grant", opinion: "同意"), EngineHarness.handler),
        ] {
            let transition = try h.act(&state, request, by: actor)
            events += transition.events
        }
        #expect(h.engine.replay(events) == state)
        #expect(state.revision == events.count)
    }

    @Test func factsOfTheWrongShapeAreRefusedAtOpening() throws {
        var facts = EngineHarness.licenceFacts
        facts["attendance"] = .text("很多人")
        let opening = CaseOpening(
            caseID: "XK-F", itemCode: "320600-XK-001", procedureCode: "licence", flowVersion: 1, party: try EngineHarness.organization(),
            subject: "类型", materials: [:], facts: facts
        )
        guard case let .failure(rejection) = h.engine.open(opening, by: EngineHarness.clerk, at: EngineHarness.monday) else {
            Issue.record("accepted a text where a count belongs")
            return
        }
        #expect(rejection.reasons.map(\.key) == ["engine.factWrongType"])
    }

    @Test func aPersonCannotBeIdentifiedByACreditCode() throws {
        let number = try IdentityCheck.validate("91110000600037341L", as: .creditCode).get()
        let party = CaseParty(kind: .person, name: "张三", identity: number, contact: "", address: "南通市某路")
        let opening = CaseOpening(caseID: "XK-P", itemCode: "320600-XK-001", procedureCode: "licence", flowVersion: 1, party: party,
                                  subject: "证件", materials: [:], facts: [:])
        guard case let .failure(rejection) = h.engine.open(opening, by: EngineHarness.clerk, at: EngineHarness.monday) else {
            Issue.record("accepted a person with a credit code")
            return
        }
        #expect(rejection.reasons.map(\.key) == ["engine.identityKindMismatch"])
    }
}
