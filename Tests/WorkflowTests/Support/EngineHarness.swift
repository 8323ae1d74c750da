import Foundation
import Testing
@testable import Workflow

/// A small driver for engine tests: the shipped definitions, a few users, and helpers that open
/// cases and perform actions while failing the test with the engine's own words.
struct EngineHarness {
    let engine: CaseEngine

    /// The certificated officers (行政处罚法 Art. 42) every test actor knows of: both handlers and
    /// the chief, valid to the end of 2028.
    static let officers: [String: OfficerCredential] = {
        let until = CivilDate(year: 2028, month: 12, day: 31) ?? .latest
        return Dictionary(uniqueKeysWithValues: [("u-handler", "李承办", "handler", "32060001"), ("u-handler2", "赵承办", "handler", "32060002"),
                                                 ("u-chief", "陈处长", "chief", "32060003")].map { id, name, post, number in
            (id, OfficerCredential(userID: id, name: name, posts: [post], certificate: EnforcementCertificate(number: number, validUntil: until)))
        })
    }()

    static let clerk = Actor(userID: "u-clerk", name: "王窗口", posts: ["clerk"], officers: officers)
    static let handler = Actor(userID: "u-handler", name: "李承办", posts: ["handler"], officers: officers)
    static let handler2 = Actor(userID: "u-handler2", name: "赵承办", posts: ["handler"], officers: officers)
    static let chief = Actor(userID: "u-chief", name: "陈处长", posts: ["chief"], officers: officers)
    static let legal = Actor(userID: "u-legal", name: "周法制", posts: ["legal"], officers: officers)
    static let leader = Actor(userID: "u-leader", name: "刘局长", posts: ["leader"], officers: officers)
    static let monitor = Actor(userID: "u-monitor", name: "吴监察", posts: ["monitor"], officers: officers)

    /// 2026-03-02 09:00 in Shanghai, a Monday.
    static let monday = Date(timeIntervalSince1970: 1_772_413_200)

    init() throws {
        engine = CaseEngine(definitions: try #require(Fixtures.shipped), calendar: Fixtures.calendar)
    }

    static func person(_ id: String = "320623199001011231", name: String = "张三") throws -> CaseParty {
        let number = try IdentityCheck.validate(id, as: .residentID).get()
        return CaseParty(kind: .person, name: name, identity: number, contact: "13800000000", address: "南通市崇川区某街3号")
    }

    static func organization(_ code: String = "91110000600037341L", name: String = "某文化传播有限公司") throws -> CaseParty {
        let number = try IdentityCheck.validate(code, as: .creditCode).get()
        return CaseParty(kind: .organization, name: name, identity: number, contact: "0513-80000000", address: "南通市崇川区某路8号")
    }

    static let licenceMaterials = [
        "application": 1, "organiser-certificate": 1, "activity-plan": 1, "safety-plan": 1, "venue-consent": 1, "agent-id": 1,
    ]

    static let licenceFacts: [String: FactValue] = [
        "activity-name": .text("浴佛节法会"), "activity-date": .date(CivilDate(year: 2026, month: 5, day: 24)!), "place": .text("南通市体育会展中心"),
        "attendance": .quantity("3000"),
    ]

    func open(
        _ id: String, item: String, procedure: String, party: CaseParty, by actor: Actor,
        materials: [String: Int] = [:], facts: [String: FactValue] = [:], at: Date = EngineHarness.monday
    ) throws -> CaseState {
        let opening = CaseOpening(
            caseID: id, itemCode: item, procedureCode: procedure, flowVersion: 1, party: party,
            subject: "测试办件 \(id)", materials: materials, facts: facts
        )
        switch engine.open(opening, by: actor, at: at) {
        case let .success(transition): return transition.state
        case let .failure(rejection):
            Issue.record("open refused: \(rejection)")
            throw rejection
        }
    }

    /// Performs an action that the test expects to succeed.
    @discardableResult
    func act(_ state: inout CaseState, _ request: ActionRequest, by actor: Actor, at: Date = EngineHarness.monday, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Transition {
        switch engine.perform(request, on: state, by: actor, at: at) {
        case let .success(transition):
            state = transition.state
            return transition
        case let .failure(rejection):
            Issue.record("\(request.action) refused: \(rejection)", sourceLocation: sourceLocation)
            throw rejection
        }
    }

    /// Performs an action that the test expects to be refused, returning the reason keys.
    func refusal(_ state: CaseState, _ request: ActionRequest, by actor: Actor, at: Date = EngineHarness.monday, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        switch engine.perform(request, on: state, by: actor, at: at) {
        case .success:
            Issue.record("\(request.action) was accepted but should have been refused", sourceLocation: sourceLocation)
            return []
        case let .failure(rejection):
            return rejection.reasons.map(\.key)
        }
    }

    func enabled(_ state: CaseState, for actor: Actor) -> Set<String> {
        Set(engine.available(state, for: actor).filter(\.isEnabled).map(\.action.code))
    }
}

