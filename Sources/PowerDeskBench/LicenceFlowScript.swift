import Foundation
import Storage
import Workflow

/// The licence flow the storage benchmark drives, case after case: open, accept, review, chief
/// approval, grant, delivery; every 4th case through a correction round (correction notice,
/// materials, receipt), every 5th through the chief's return. Each step is one operation, one
/// durable transaction, through the same public store API `powerdesk batch` uses.
struct LicenceFlowScript {
    static let itemCode = "320600-XK-001"
    static let users: [(id: String, name: String, post: String)] = [
        ("clerk", "王窗口", "clerk"), ("handler", "李承办", "handler"), ("chief", "陈处长", "chief"), ("leader", "刘局长", "leader"),
    ]

    let store: PowerDeskStore
    let actors: [String: Actor]
    let party: CaseParty
    let materials: [String: Int]
    let facts: [String: FactValue]

    init(store: PowerDeskStore) throws {
        self.store = store
        var actors: [String: Actor] = [:]
        for user in Self.users { actors[user.post] = Actor(userID: user.id, name: user.name, posts: [user.post]) }
        self.actors = actors
        let (_, set) = try store.definitions.activeSet()
        guard let item = set.item(Self.itemCode) else { throw BenchmarkFailure("no item \(Self.itemCode)") }
        let identity = try IdentityCheck.validate("91110000600037341L", as: .creditCode).get()
        party = CaseParty(kind: .organization, name: "南通市某寺", identity: identity, contact: "0513-00000000", address: "南通市崇川区某路1号")
        materials = Dictionary(uniqueKeysWithValues: item.materials.map { ($0.code, $0.count) })
        var facts: [String: FactValue] = [:]
        for field in item.facts {
            switch field.type {
            // Far enough ahead for any day the cases are dated (条例 Art. 42: 30 days before the activity).
            case .date: facts[field.code] = .date(CivilDate(year: 2099, month: 12, day: 20) ?? .earliest)
            case .text, .place: facts[field.code] = .text("浴佛法会")
            case .money: facts[field.code] = .money(.yuan(1000))
            case .count, .number, .area: facts[field.code] = .quantity("300")
            }
        }
        self.facts = facts
    }

    /// Runs case number `index` from opening to delivery, each operation its own durable
    /// transaction, and returns how many operations it took.
    @discardableResult
    func run(case index: Int) throws -> Int {
        try run(case: index, opening: { draft, actor in try store.cases.open(draft, by: actor).state },
                acting: { state, command, actor in try store.cases.act(state.id, command, expectedRevision: state.revision, by: actor).state },
                adding: { state, materials, actor in try store.cases.addMaterials(state.id, materials, expectedRevision: state.revision, by: actor).state })
    }

    /// The same inside a bulk load's one transaction, dated `at` (for building large databases).
    @discardableResult
    func run(case index: Int, in writer: BulkWriter, at: Date) throws -> Int {
        try run(case: index, opening: { draft, actor in try writer.open(draft, by: actor, at: at) },
                acting: { state, command, actor in try writer.act(state.id, command, by: actor, at: at) },
                adding: { state, materials, actor in try writer.addMaterials(state.id, materials, by: actor, at: at) })
    }

    private func run(
        case index: Int, opening: (CaseDraft, Actor) throws -> CaseState, acting: (CaseState, CaseCommand, Actor) throws -> CaseState,
        adding: (CaseState, [String: Int], Actor) throws -> CaseState
    ) throws -> Int {
        var operations = 0
        let correctionRound = index % 4 == 0
        let chiefReturns = index % 5 == 0
        var given = materials
        if correctionRound { given["safety-plan"] = nil }
        let draft = CaseDraft(itemCode: Self.itemCode, party: party, subject: "浴佛法会 \(index)", materials: given, facts: facts)
        var state = try opening(draft, actor("clerk"))
        operations += 1
        func act(_ post: String, _ action: String, opinion: String? = nil, reason: String? = nil, inputs: [String: String] = [:]) throws {
            state = try acting(state, CaseCommand(action: action, opinion: opinion, reason: reason, inputs: inputs), actor(post))
            operations += 1
        }
        if correctionRound {
            try act("clerk", "request-correction")
            state = try adding(state, ["safety-plan": 1], actor("clerk"))
            operations += 1
            try act("clerk", "receive-correction")
        }
        try act("clerk", "accept")
        try act("handler", "propose-grant", opinion: "材料齐全，符合条件，拟准予许可")
        try act("handler", "police-replied", opinion: "公安机关复函：无不同意见")
        if chiefReturns {
            try act("chief", "chief-return", opinion: "安全方案需细化", reason: "安全方案需细化")
            try act("handler", "propose-grant", opinion: "已细化安全方案，拟准予许可")
            try act("handler", "police-replied", opinion: "公安机关复函：无不同意见")
        }
        try act("chief", "chief-approve", opinion: "同意")
        try act("leader", "grant", opinion: "同意")
        try act("clerk", "file-with-province", inputs: ["filed-on": state.history.last.map { $0.on.description } ?? ""])
        try act("clerk", "deliver")
        guard state.isClosed else { throw BenchmarkFailure("case \(state.id) ended at \(state.step)") }
        return operations
    }

    private func actor(_ post: String) -> Actor {
        actors[post] ?? Actor(userID: post, name: post, posts: [post])
    }
}
