import Documents
import Foundation
import Workflow

/// The shipped definitions (flows and templates) and a driver that walks real cases through every
/// flow, so that each document type is rendered from a case the engine itself produced.
enum DocumentFixtures {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var flowsDirectory: String { repositoryRoot.appendingPathComponent("Resources/flows").path }

    static let compilation: DefinitionCompilation = DocumentDefinitions.compile(paths: [flowsDirectory])

    /// The shipped definitions with XK-001's `no-extension` taken out: 条例 Art. 42 excludes the
    /// licence flow's extension (行政许可法 Art. 42) for the one licence item shipped, so only here
    /// is an extension notice still produced.
    static let extensible: DefinitionCompilation = {
        let sources = DefinitionLoader.sources(at: [flowsDirectory]).sources.map { source in
            guard source.path.hasSuffix("320600-XK-001.yaml") else { return source }
            let text = source.text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("no-extension:") }.joined(separator: "\n")
            return SourceFile(path: source.path, text: text)
        }
        return DocumentDefinitions.compile(sources)
    }()

    /// 2026-03-02 09:00 in Shanghai, a Monday.
    static let monday = Date(timeIntervalSince1970: 1_772_413_200)

    /// One rendered document with the case it came from.
    struct Sample {
        let type: DocumentType
        let state: CaseState
        let action: ActionRecord?
        let text: String
    }

    static let names = ["u-1": "李承办", "u-2": "赵承办", "u-3": "陈处长", "u-4": "周法制", "u-5": "刘局长", "u-6": "王窗口"]

    /// u-1 to u-5 hold enforcement certificates 3206000N (行政处罚法 Art. 42); u-6, the window clerk, none.
    static let officers: [String: OfficerCredential] = Dictionary(uniqueKeysWithValues: (1...5).map { n in
        ("u-\(n)", OfficerCredential(userID: "u-\(n)", name: names["u-\(n)"] ?? "", posts: ["handler"],
                                      certificate: EnforcementCertificate(number: "3206000\(n)", validUntil: CivilDate(year: 2028, month: 12, day: 31) ?? .latest)))
    })

    /// Walks every item on every procedure, preferring at each step an action that produces a
    /// document type not yet seen, and renders each document the first time its type appears.
    /// The shipped holiday schedules, for the rules that count working days.
    static let calendar: WorkCalendar = {
        let directory = repositoryRoot.appendingPathComponent("Resources/calendar")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name -> (file: String, text: String)? in
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return (file: name, text: text)
        }
        return HolidayScheduleLoader.load(files).calendar
    }()

    static func samples(set: DefinitionSet) throws -> [String: Sample] {
        let renderer = try DocumentRenderer(set: set)
        let engine = CaseEngine(definitions: set, calendar: calendar)
        var found: [String: Sample] = [:]
        var serial = 0
        // Four passes: the plain walk; one where every officer also holds the leader's post (for
        // extensions); one opened without materials (for correction notices); one without the
        // optional money facts (illegal gains unknown, for fines small enough to decide on the spot).
        let passes: [(complete: Bool, leader: Bool, money: Bool)] = [(true, false, true), (true, true, true), (false, false, true), (true, false, false)]
        let extensibleSet = extensible.set ?? set
        let extensibleRenderer = try DocumentRenderer(set: extensibleSet)
        let extensibleEngine = CaseEngine(definitions: extensibleSet, calendar: calendar)
        for pass in passes {
        // The leader's pass extends limits: on the definitions that still allow it.
        let (set, engine, renderer) = pass.leader ? (extensibleSet, extensibleEngine, extensibleRenderer) : (set, engine, renderer)
        for item in set.items {
            for procedure in item.procedures {
                serial += 1
                guard var state = open(item, procedure: procedure, engine: engine, serial: serial, complete: pass.complete, money: pass.money) else { continue }
                var earlier: [DocumentReference] = []
                var actorIndex = 0
                // The clock moves a day at a time while nothing can be done (a statement period, a
                // hearing's notice), as it does for a real case.
                var now = monday
                for _ in 0..<400 where !state.isClosed {
                    guard let flow = set.flow(item: item.code, procedure: procedure), let step = flow.step(state.step) else { break }
                    actorIndex += 1
                    let posts: Set<String> = Set([step.post ?? "handler"] + (pass.leader ? ["leader"] : []))
                    let actor = Actor(userID: "u-\(actorIndex % 5 + 1)", name: names["u-\(actorIndex % 5 + 1)"] ?? "某人", posts: posts, officers: officers)
                    let enabled = engine.available(state, for: actor, on: CivilDate.inShanghai(now)).filter(\.isEnabled).map(\.action)
                    let freshCount = { (action: ActionDefinition) in action.documents.filter { found[$0] == nil }.count }
                    let fresh = enabled.filter { freshCount($0) > 0 }.max { freshCount($0) < freshCount($1) }
                    // Moving on first; an action that stays at the step (登记送达) once only.
                    let done = Set(state.history.reversed().prefix { $0.to == state.step }.map(\.action))
                    let forward = enabled.first { $0.kind == ActionKind.forward && $0.to != state.step }
                        ?? enabled.first { $0.kind == ActionKind.forward && !done.contains($0.code) }
                    // A document not yet seen that only the day holds back (催告 after the period to pay,
                    // the court after the remedy periods): wait for it rather than move on.
                    let waiting = fresh == nil && engine.available(state, for: actor).contains { $0.isEnabled && freshCount($0.action) > 0 }
                    guard let action = fresh ?? (waiting ? nil : forward) else {
                        now += 86_400
                        continue
                    }
                    let candidates: [PenaltyDecision?] = action.penalty == nil ? [nil] : penalties(for: item, state: state)
                    let attempts = candidates.lazy.map { penalty in
                        let request = ActionRequest(
                            action: action.code, opinion: "经审查，\(action.name)，意见明确。", reason: "因案情复杂需要\(action.name)",
                            participants: action.participants > 1 ? ["u-\((actorIndex + 1) % 5 + 1)"] : [], penalty: penalty, mergeWith: [],
                            inputs: inputs(for: action, state: state, now: now, users: Array(names.keys))
                        )
                        return engine.perform(request, on: state, by: actor, at: now)
                    }
                    guard case let .success(transition)? = attempts.first(where: { if case .success = $0 { true } else { false } }) else { break }
                    state = transition.state
                    for case let .produceDocument(code) in transition.effects {
                        guard let type = set.bureau.document(code) else { continue }
                        let number = type.number(agencyCode: set.bureau.agencyCode, year: 2026, sequence: serial)
                        let input = DocumentInput(set: set, state: state, type: type, number: number, issuedOn: CivilDate.inShanghai(now),
                                                  action: state.history.last, userNames: names, earlier: earlier)
                        // Keep the first of each type, but prefer one that carries a fine.
                        let fined = { (state: CaseState) in ((state.decision ?? state.proposal)?.totalFine.fen ?? 0) > 0 }
                        if found[code] == nil || (fined(state) && !(found[code].map { fined($0.state) } ?? false)) {
                            found[code] = Sample(type: type, state: state, action: state.history.last, text: try renderer.render(input))
                        }
                        earlier.append(DocumentReference(type: code, name: type.name, number: number, issuedOn: CivilDate.inShanghai(now)))
                    }
                }
            }
        }
        }
        return found
    }

    static func open(_ item: ItemDefinition, procedure: String, engine: CaseEngine, serial: Int, complete: Bool, money: Bool) -> CaseState? {
        guard let identity = try? IdentityCheck.validate("91110000600037341L", as: .creditCode).get() else { return nil }
        let party = CaseParty(kind: .organization, name: "南通某某文化传播有限公司", identity: identity, contact: "0513-80000000",
                              address: "南通市崇川区工农路100号")
        var materials: [String: Int] = [:]
        for material in item.materials where complete { materials[material.code] = material.count }
        var facts: [String: FactValue] = [:]
        // Without money, also without the property to confiscate: both bar the on-the-spot procedure.
        let conditions = Set((item.discretion?.statutory ?? []).compactMap(\.requiredWhen))
        for field in item.facts where money || field.required || (field.type != .money && !conditions.contains(field.code)) { facts[field.code] = fact(field) }
        // 条例 Art. 42: a licence application comes its lead period before the activity.
        if let lead = item.applicationLead { facts[lead.fact] = .date(CivilDate.inShanghai(monday).adding(days: 60)) }
        let opening = CaseOpening(caseID: "T2026\(String(format: "%06d", serial))", itemCode: item.code, procedureCode: procedure, flowVersion: 1,
                                  party: party, subject: "涉嫌\(item.name)", materials: materials, facts: facts)
        let opener = Actor(userID: "u-6", name: "王窗口", posts: ["clerk", "handler"])
        guard case let .success(transition) = engine.open(opening, by: opener, at: monday) else { return nil }
        return transition.state
    }

    static func fact(_ field: FactField) -> FactValue {
        switch field.type {
        case .date: .date(CivilDate(year: 2026, month: 3, day: 1) ?? CivilDate.inShanghai(monday))
        case .money: .money(.yuan(23_000))
        case .count: .quantity("120")
        case .number, .area: .quantity("35.5")
        case .text, .place: .text("南通市某广场")
        }
    }

    /// Penalties to try, most telling first: each level with a fine (fine at 100 yuan or the
    /// band's bottom, whichever is higher), then the levels without; the engine takes the first
    /// that the law, the band and the procedure allow.
    static func penalties(for item: ItemDefinition, state: CaseState) -> [PenaltyDecision] {
        guard let discretion = item.discretion else { return [] }
        let levels = discretion.levels.filter { $0.band(for: .fine) != nil } + discretion.levels.filter { $0.band(for: .fine) == nil }
        return levels.map { level in
            var sanctions = discretion.statutory.filter(\.mandatory).map { Sanction(kind: $0.kind) }
            // Recorded gains and property are confiscated, as the law requires.
            for (penalty, _, value) in discretion.required(by: state.facts) {
                sanctions.append(penalty.kind == .confiscateGains ? Sanction(kind: penalty.kind, amount: value.money)
                    : Sanction(kind: penalty.kind, property: [ConfiscatedItem(name: "功德箱", quantity: "2", unit: "个"), ConfiscatedItem(name: "宣传册", quantity: "30", unit: "本")]))
            }
            for band in level.bands where !sanctions.contains(where: { $0.kind == band.kind }) && ![.confiscateGains, .confiscateProperty].contains(band.kind) {
                let range = band.range?.resolve(base: band.range?.fact.flatMap { state.facts[$0]?.money })
                let amount = range.map { max($0.lowerBound, min($0.upperBound, .yuan(100))) }
                sanctions.append(Sanction(kind: band.kind, amount: amount))
            }
            if sanctions.isEmpty, let first = discretion.statutory.first { sanctions.append(Sanction(kind: first.kind)) }
            return PenaltyDecision(violations: [ViolationPenalty(itemCode: item.code, caseID: state.id, level: level.code, sanctions: sanctions)])
        }
    }
}
