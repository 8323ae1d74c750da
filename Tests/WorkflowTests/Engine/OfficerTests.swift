import Foundation
import Testing
@testable import Workflow

/// 行政处罚法 Art. 42, 52, 55: investigations and on-the-spot decisions are taken by at least two
/// officers holding enforcement certificates valid on the day; a window clerk or a read-only post
/// is never one; the record keeps each officer's certificate number for the documents.
@Suite struct OfficerTests {
    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    func investigating() throws -> CaseState {
        var state = try h.open("CF-O", item: "320600-CF-019", procedure: "penalty-ordinary", party: try EngineHarness.person(), by: EngineHarness.handler,
                               materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        try h.act(&state, ActionRequest(action: "file", opinion: "同意立案"), by: EngineHarness.chief)
        return state
    }

    func finish(_ participants: [String]) -> ActionRequest {
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-O", level: "minor",
                                                                    sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(5_000))])])
        return ActionRequest(action: "finish-investigation", opinion: "事实清楚", participants: participants, penalty: penalty)
    }

    static func credential(_ id: String, _ name: String, posts: Set<String>, until: CivilDate = CivilDate(year: 2028, month: 12, day: 31)!) -> OfficerCredential {
        OfficerCredential(userID: id, name: name, posts: posts, certificate: EnforcementCertificate(number: "N-\(id)", validUntil: until))
    }

    @Test func twoCertificatedOfficersInvestigateAndTheRecordKeepsTheirNumbers() throws {
        var state = try investigating()
        let transition = try h.act(&state, finish(["u-handler2"]), by: EngineHarness.handler)
        guard case let .acted(record)? = transition.events.first else {
            Issue.record("no action recorded")
            return
        }
        #expect(record.certificates == ["u-handler": "32060001", "u-handler2": "32060002"])
    }

    @Test func anOfficerWithoutACertificateIsRefused() throws {
        let state = try investigating()
        let refused = h.engine.perform(finish(["u-legal"]), on: state, by: EngineHarness.handler, at: EngineHarness.monday)
        guard case let .failure(rejection) = refused else {
            Issue.record("an uncertificated fellow officer was accepted")
            return
        }
        #expect(rejection.reasons.map(\.key) == ["engine.officerNotCertified"])
        #expect(rejection.reasons.first?.text(.zh).contains("第42条") == true)
        // The actor too must hold one: the same user with no certificate known.
        let uncertified = Actor(userID: "u-handler", name: "李承办", posts: ["handler"])
        #expect(h.refusal(state, finish(["u-handler2"]), by: uncertified) == ["engine.officerNotCertified", "engine.officerNotCertified"])
    }

    @Test func anExpiredCertificateDoesNotCount() throws {
        let state = try investigating()
        var officers = EngineHarness.officers
        officers["u-handler2"] = Self.credential("u-handler2", "赵承办", posts: ["handler"], until: CivilDate(year: 2026, month: 3, day: 1)!)
        let actor = Actor(userID: "u-handler", name: "李承办", posts: ["handler"], officers: officers)
        #expect(h.refusal(state, finish(["u-handler2"]), by: actor) == ["engine.officerNotCertified"])
    }

    @Test func aWindowClerkOrAMonitorIsNeverAnOfficer() throws {
        let state = try investigating()
        var officers = EngineHarness.officers
        officers["u-clerk"] = Self.credential("u-clerk", "王窗口", posts: ["clerk"])
        officers["u-monitor"] = Self.credential("u-monitor", "吴监察", posts: ["monitor"])
        let actor = Actor(userID: "u-handler", name: "李承办", posts: ["handler"], officers: officers)
        #expect(h.refusal(state, finish(["u-clerk"]), by: actor) == ["engine.officerPostBarred"])
        #expect(h.refusal(state, finish(["u-monitor"]), by: actor) == ["engine.officerPostBarred"])
        let bureau = h.engine.definitions.bureau
        #expect(bureau.post("clerk")?.officer == false && bureau.post("monitor")?.officer == false && bureau.post("handler")?.officer == true)
    }

    @Test func theOnTheSpotDecisionNeedsTwoOfficersToo() throws {
        let state = try h.open("CF-S", item: "320600-CF-019", procedure: "penalty-simplified", party: try EngineHarness.person(), by: EngineHarness.handler,
                               facts: ["activity-date": .date(CivilDate(year: 2026, month: 3, day: 1)!), "place": .text("某小区会所")])
        let penalty = PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-019", caseID: "CF-S", level: "minor",
                                                                    sanctions: [.init(kind: .orderStop), .init(kind: .fine, amount: .yuan(100))])])
        #expect(h.refusal(state, ActionRequest(action: "decide-on-site", opinion: "当场", penalty: penalty), by: EngineHarness.handler) == ["engine.tooFewOfficers"])
        let accepted = h.engine.perform(ActionRequest(action: "decide-on-site", opinion: "当场", participants: ["u-handler2"], penalty: penalty),
                                        on: state, by: EngineHarness.handler, at: EngineHarness.monday)
        #expect((try? accepted.get()) != nil)
    }
}
