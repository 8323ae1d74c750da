import Foundation
import PropertyBased
import Testing
@testable import Workflow

/// Random walks through every shipped flow: whatever enabled actions are chosen, in whatever
/// order, the case stays on a legal path and its events replay to the same state.
@Suite struct RandomWalkPropertyTests {
    static let actors = [
        EngineHarness.clerk, EngineHarness.handler, EngineHarness.handler2, EngineHarness.chief,
        Actor(userID: "u-chief2", name: "钱处长", posts: ["chief"]), EngineHarness.legal, EngineHarness.leader,
        Actor(userID: "u-leader2", name: "孙局长", posts: ["leader"]),
    ]

    static let flows: [(item: String, procedure: String)] = [
        ("320600-XK-001", "licence"), ("320600-CF-005", "penalty-ordinary"), ("320600-CF-019", "penalty-ordinary"),
        ("320600-CF-019", "penalty-simplified"),
    ]

    let h: EngineHarness
    init() throws { h = try EngineHarness() }

    /// A lawful penalty for the walk's case, so decisions can go through.
    func penalty(for state: CaseState) -> PenaltyDecision {
        let fine: Money = state.itemCode == "320600-CF-005" ? .yuan(120_000) : .yuan(150)
        // What the walk recorded as gains and property is confiscated, as the law requires.
        let confiscations: [Sanction] = (h.engine.definitions.item(state.itemCode)?.discretion?.required(by: state.facts) ?? []).map { penalty, _, value in
            penalty.kind == .confiscateGains ? .init(kind: .confiscateGains, amount: value.money)
                : .init(kind: penalty.kind, property: [ConfiscatedItem(name: value.description, quantity: "1", unit: "批")])
        }
        return PenaltyDecision(violations: [ViolationPenalty(itemCode: state.itemCode, caseID: state.id, level: "minor",
                                                             sanctions: [.init(kind: .orderStop)] + confiscations + [.init(kind: .fine, amount: fine)])])
    }

    func request(_ action: ActionDefinition, for state: CaseState, at instant: Date) -> ActionRequest {
        let inputs = EngineHarness.lawfulInputs(for: action, state: state, on: CivilDate.inShanghai(instant), calendar: Fixtures.calendar)
        return ActionRequest(action: action.code, opinion: "意见：\(action.name)", reason: "理由：\(action.name)",
                             participants: ["u-handler2", "u-handler"], penalty: action.penalty == nil ? nil : penalty(for: state), inputs: inputs)
    }

    @Test func everyWalkIsALegalPathAndReplays() async throws {
        await propertyCheck(count: 150, input: Gen.int(in: 0...3), Gen.int(in: 0...10_000).array(of: 1...60), Gen.int(in: 0...3)) { flowIndex, choices, materialDrop in
            let (itemCode, procedure) = Self.flows[flowIndex]
            guard let flow = h.engine.definitions.flow(item: itemCode, procedure: procedure) else {
                Issue.record("no flow for \(itemCode)")
                return
            }
            var materials = Dictionary(flow.item.materials.map { ($0.code, $0.count) }, uniquingKeysWith: { a, _ in a })
            for material in flow.item.materials.prefix(materialDrop) { materials[material.code] = nil }
            var facts: [String: FactValue] = [:]
            for field in flow.item.facts {
                switch field.type {
                case .date: facts[field.code] = .date(CivilDate(year: 2026, month: 4, day: 1) ?? .earliest)
                case .money: facts[field.code] = .money(.yuan(150))
                case .count, .number, .area: facts[field.code] = .quantity("10")
                case .text, .place: facts[field.code] = .text("某地")
                }
            }
            let opener = Self.actors.first { !$0.posts.isDisjoint(with: flow.procedure.openedBy) } ?? EngineHarness.clerk
            let opening = CaseOpening(caseID: "W-1", itemCode: itemCode, procedureCode: procedure, flowVersion: 1,
                                      party: (try? EngineHarness.person()) ?? Self.fallbackParty, subject: "随机", materials: materials, facts: facts)
            guard case let .success(opened) = h.engine.open(opening, by: opener, at: EngineHarness.monday) else {
                Issue.record("could not open")
                return
            }
            var state = opened.state
            var events = opened.events
            var instant = EngineHarness.monday
            for choice in choices {
                instant += 86_400 * Double(choice % 3)
                // Now and then the missing materials arrive, as they do at a real window.
                let missing = h.engine.missingMaterials(state)
                if !missing.isEmpty, choice % 4 == 0,
                   let actor = Self.actors.first(where: { !h.engine.addMaterials([:], to: state, by: $0, at: instant).isNotYourPost }),
                   case let .success(added) = h.engine.addMaterials(Dictionary(missing.map { ($0.code, $0.count) }, uniquingKeysWith: { a, _ in a }), to: state, by: actor, at: instant) {
                    state = added.state
                    events += added.events
                    continue
                }
                let options = Self.actors.flatMap { actor in
                    h.engine.available(state, for: actor, on: CivilDate.inShanghai(instant)).filter(\.isEnabled).map { (actor, $0.action) }
                }.filter { $0.1.kind != .merge }
                guard !options.isEmpty else { break }
                // Mostly go forward, so walks reach the late steps; now and then take an exit.
                let onward = options.filter { ![.withdraw, .terminate].contains($0.1.kind) && $0.1.verdict != .negative }
                let pool = choice % 25 != 0 && !onward.isEmpty ? onward : options
                let (actor, action) = pool[(choice / 10) % pool.count]
                switch h.engine.perform(request(action, for: state, at: instant), on: state, by: actor, at: instant) {
                case let .success(transition):
                    state = transition.state
                    events += transition.events
                case let .failure(rejection):
                    // Only input-dependent rules may refuse an action listed as enabled.
                    let allowed: Set<String> = ["engine.simplifiedFineTooHigh", "engine.penaltyOutsideBand", "engine.justificationRequired", "engine.heavierThanNotified"]
                    #expect(rejection.reasons.allSatisfy { allowed.contains($0.key) }, "\(action.code): \(rejection)")
                }
            }
            // The state is where its history says, and the history follows the flow.
            #expect(flow.step(state.step) != nil)
            #expect(state.isClosed == (flow.step(state.step)?.isEnd ?? false))
            for record in state.history {
                let definition = flow.step(record.from)?.action(record.action)
                #expect(definition != nil, "\(record.action) is not an action of \(record.from)")
                let expectedTarget = definition.map { $0.kind.staysAtStep ? record.from : ($0.to ?? record.from) }
                #expect(expectedTarget == record.to)
            }
            #expect(state.abnormalCounts.values.reduce(0, +) == state.history.filter(\.kind.isAbnormal).count)
            if state.clock.stoppedOn != nil { #expect(state.clock.startedOn != nil) }
            #expect(h.engine.replay(events) == state)
            #expect(state.revision == events.count)
        }
    }

    static let fallbackParty = CaseParty(kind: .person, name: "-", identity: IdentityNumber.placeholderForTests, contact: "", address: "-")
}

extension Result where Success == Transition, Failure == Rejection {
    /// True when the refusal is (also) about the actor's post.
    var isNotYourPost: Bool {
        if case let .failure(rejection) = self { return rejection.reasons.contains { $0.key == "engine.notYourPost" } }
        return false
    }
}

extension IdentityNumber {
    /// Only reached if the fixture number stops validating, which other tests would report.
    static var placeholderForTests: IdentityNumber {
        (try? IdentityCheck.validate("11010519491231002X", as: .residentID).get()) ?? IdentityNumber(kind: .residentID, value: "")
    }
}
