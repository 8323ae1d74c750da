import Foundation
import Localization
import Workflow

/// The demo's sample cases, written as the steps a bureau would have taken on them, each on its
/// day, through the same service every desk uses.
struct DemoCases {
    let store: PowerDeskStore
    let actors: [String: Actor]
    let now: Date

    /// 09:00 in Shanghai, `days` before the demo's now.
    func day(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }

    func actor(_ id: String) -> Actor { actors[id] ?? Actor(userID: id, name: id, posts: []) }

    static let licenceMaterials = ["application": 1, "organiser-certificate": 1, "activity-plan": 1, "safety-plan": 1, "venue-consent": 1, "agent-id": 1]

    func licenceFacts(_ name: String, date: String, place: String, people: String) -> [String: FactValue] {
        ["activity-name": .text(name), "activity-date": .date(CivilDate(iso: date) ?? CivilDate.earliest), "place": .text(place), "attendance": .quantity(people)]
    }

    static let p05Materials = ["filing-form": 1, "inquiry-record": 1, "inspection-record": 1, "evidence": 1]

    func p05Facts(_ date: String, place: String, people: String) -> [String: FactValue] {
        ["activity-date": .date(CivilDate(iso: date) ?? .earliest), "place": .text(place), "attendance": .quantity(people)]
    }

    func p05Penalty(_ caseID: String, level: String, yuan: Int64, justification: String? = nil) -> PenaltyDecision {
        PenaltyDecision(violations: [ViolationPenalty(itemCode: "320600-CF-005", caseID: caseID, level: level,
                                                      sanctions: [Sanction(kind: .orderStop), Sanction(kind: .fine, amount: .yuan(yuan))])],
                        justification: justification)
    }

    /// Opens a case on its day and takes the listed steps, each on its own day.
    @discardableResult
    func run(_ draft: CaseDraft, openedBy opener: String, daysAgo: Int, steps: [(Int, String, (String) -> CaseCommand)]) throws -> String {
        let opened = try store.caseService.open(draft, by: actor(opener), requestID: nil, at: day(daysAgo))
        let id = opened.state.id
        for (days, who, command) in steps {
            _ = try store.caseService.act(id, command(id), expectedRevision: nil, by: actor(who), requestID: nil, at: day(days))
        }
        return id
    }

    func create() throws {
        let temple = try DemoParties.organization(name: "南通市狼山广教寺", venue: true, serial: "50003456")
        let church = try DemoParties.organization(name: "南通市崇川区基督教堂", venue: true, serial: "50007788")
        let mosque = try DemoParties.organization(name: "南通市清真寺", venue: true, serial: "50001122")
        let company = try DemoParties.company(name: "南通某文化传播有限公司", serial: "MA1XB2C3D")
        let person = try DemoParties.person(name: "张明", birth: "19780512", sequence: "031")
        let organizer = try DemoParties.person(name: "李芳", birth: "19850923", sequence: "046")

        // Licence: one case on each step, the deadlines from green to red.
        try run(CaseDraft(itemCode: "320600-XK-001", party: temple, subject: "狼山广教寺观音文化节大型宗教活动", materials: Self.licenceMaterials,
                          facts: licenceFacts("观音文化节", date: "2026-04-26", place: "狼山风景区广场", people: "5000")),
                openedBy: "clerk", daysAgo: 0, steps: [])
        try run(CaseDraft(itemCode: "320600-XK-001", party: church, subject: "复活节户外崇拜活动",
                          materials: ["application": 1, "organiser-certificate": 1, "activity-plan": 1, "agent-id": 1],
                          facts: licenceFacts("复活节崇拜", date: "2026-04-05", place: "南通市体育公园", people: "1200")),
                openedBy: "clerk", daysAgo: 3, steps: [(3, "clerk", { _ in CaseCommand(action: "request-correction") })])
        try run(CaseDraft(itemCode: "320600-XK-001", party: mosque, subject: "开斋节户外会礼", materials: Self.licenceMaterials,
                          facts: licenceFacts("开斋节会礼", date: "2026-04-20", place: "濠河风景区广场", people: "2000")),
                openedBy: "clerk", daysAgo: 4, steps: [(4, "clerk", { _ in CaseCommand(action: "accept") })])
        try run(CaseDraft(itemCode: "320600-XK-001", party: temple, subject: "佛诞节浴佛法会", materials: Self.licenceMaterials,
                          facts: licenceFacts("浴佛法会", date: "2026-05-24", place: "狼山风景区广场", people: "3000")),
                // Accepted 2026-03-03: the promise (10 days) ended Friday 03-13, so the case is late.
                // (From 03-05 it would end on Sunday 03-15, which moves to Monday 03-16 under
                // 民法典 Art. 203, and the case would not be late yet.)
                openedBy: "clerk", daysAgo: 13, steps: [
                    (13, "clerk", { _ in CaseCommand(action: "accept") }),
                    (7, "handler", { _ in CaseCommand(action: "propose-grant", opinion: "材料齐全，安全预案完备，建议准予") }),
                    (7, "handler", { _ in CaseCommand(action: "police-replied", opinion: "南通市公安局复函：无不同意见，请落实安全保卫措施") }),
                ])
        try run(CaseDraft(itemCode: "320600-XK-001", party: church, subject: "圣诞节户外平安夜活动", materials: Self.licenceMaterials,
                          facts: licenceFacts("平安夜活动", date: "2026-04-20", place: "南通市文化广场", people: "1500")),
                openedBy: "clerk", daysAgo: 14, steps: [
                    (14, "clerk", { _ in CaseCommand(action: "accept") }),
                    (10, "handler", { _ in CaseCommand(action: "propose-grant", opinion: "符合条件") }),
                    (8, "handler", { _ in CaseCommand(action: "police-replied", opinion: "南通市公安局复函：同意，请加强现场秩序维护") }),
                    (6, "chief", { _ in CaseCommand(action: "chief-approve", opinion: "同意，报分管领导审批") }),
                ])
        try run(CaseDraft(itemCode: "320600-XK-001", party: mosque, subject: "古尔邦节户外会礼", materials: Self.licenceMaterials,
                          facts: licenceFacts("古尔邦节会礼", date: "2026-05-27", place: "濠河风景区广场", people: "1800")),
                openedBy: "clerk", daysAgo: 7, steps: [
                    (7, "clerk", { _ in CaseCommand(action: "accept") }),
                    (5, "handler", { _ in CaseCommand(action: "suspend", reason: "活动场地管理方尚未出具书面同意，暂停待补") }),
                ])
        // Applied 2026-02-14, more than 30 days before the activity (条例 Art. 42).
        try run(CaseDraft(itemCode: "320600-XK-001", party: temple, subject: "观音诞祈福法会", materials: Self.licenceMaterials,
                          facts: licenceFacts("祈福法会", date: "2026-04-05", place: "狼山风景区广场", people: "4000")),
                openedBy: "clerk", daysAgo: 30, steps: [
                    (30, "clerk", { _ in CaseCommand(action: "accept") }),
                    (28, "handler", { _ in CaseCommand(action: "propose-grant", opinion: "符合条件") }),
                    (28, "handler", { _ in CaseCommand(action: "police-replied", opinion: "南通市公安局复函：无不同意见") }),
                    (27, "chief", { _ in CaseCommand(action: "chief-approve", opinion: "同意") }),
                    (24, "leader", { _ in CaseCommand(action: "grant", opinion: "准予许可") }),
                    (23, "handler", { _ in CaseCommand(action: "file-with-province", inputs: ["filed-on": CivilDate.inShanghai(day(23)).description]) }),
                    (23, "clerk", { _ in CaseCommand(action: "deliver") }),
                ])

        // Penalties under the ordinary procedure, at every stage.
        try run(CaseDraft(itemCode: "320600-CF-005", party: company, subject: "南通某文化传播有限公司擅自举行大型宗教活动案",
                          materials: Self.p05Materials, facts: p05Facts("2026-03-08", place: "某商业广场", people: "600")),
                openedBy: "handler", daysAgo: 0, steps: [])
        try run(CaseDraft(itemCode: "320600-CF-005", party: organizer, subject: "李芳擅自组织大型宗教活动案",
                          materials: Self.p05Materials, facts: p05Facts("2026-02-22", place: "某村文化礼堂", people: "800")),
                openedBy: "handler", daysAgo: 14, steps: [(14, "chief", { _ in CaseCommand(action: "file", opinion: "同意立案调查") })])
        try run(CaseDraft(itemCode: "320600-CF-005", party: company, subject: "某公司擅自举行大型宗教活动案（元旦）",
                          materials: Self.p05Materials, facts: p05Facts("2026-01-01", place: "某酒店宴会厅", people: "700")),
                openedBy: "handler", daysAgo: 70, steps: [
                    (70, "chief", { _ in CaseCommand(action: "file", opinion: "同意立案") }),
                    (6, "handler", { CaseCommand(action: "finish-investigation", opinion: "事实清楚，证据确凿，建议按较轻情节从重处罚", participants: ["handler2"],
                                                 penalty: p05Penalty($0, level: "minor", yuan: 160_000, justification: "虽属首次，但活动规模达700人，且在元旦人员密集时段举行")) }),
                ])
        try run(CaseDraft(itemCode: "320600-CF-005", party: person, subject: "张明擅自组织大型宗教活动案",
                          materials: Self.p05Materials, facts: p05Facts("2026-02-01", place: "某小区广场", people: "900")),
                openedBy: "handler", daysAgo: 42, steps: [
                    (42, "chief", { _ in CaseCommand(action: "file", opinion: "同意立案") }),
                    (10, "handler", { CaseCommand(action: "finish-investigation", opinion: "规模较大，经责令后未立即停止", participants: ["handler2"], penalty: p05Penalty($0, level: "general", yuan: 180_000)) }),
                    (8, "chief", { _ in CaseCommand(action: "review-approve", opinion: "同意，送法制审核") }),
                ])
        try run(CaseDraft(itemCode: "320600-CF-005", party: organizer, subject: "李芳春节前擅自举行大型宗教活动案",
                          materials: Self.p05Materials, facts: p05Facts("2026-01-18", place: "某镇文体中心", people: "650")),
                openedBy: "handler", daysAgo: 56, steps: [
                    (56, "chief", { _ in CaseCommand(action: "file", opinion: "同意立案") }),
                    (20, "handler", { CaseCommand(action: "finish-investigation", opinion: "当事人未经批准，在活动地点组织举行大型宗教活动，执法人员到场时活动已基本结束。当事人对上述事实予以承认。", participants: ["handler2"], penalty: p05Penalty($0, level: "minor", yuan: 110_000)) }),
                    (17, "chief", { _ in CaseCommand(action: "review-approve", opinion: "同意") }),
                    (14, "legal", { _ in CaseCommand(action: "legal-pass", opinion: "事实清楚，适用依据正确，程序合法") }),
                    (3, "handler", { _ in CaseCommand(action: "send-notice") }),
                ])
        try run(CaseDraft(itemCode: "320600-CF-005", party: company, subject: "南通某文化传播有限公司擅自举行大型宗教活动案",
                          materials: Self.p05Materials, facts: p05Facts("2025-12-20", place: "某会展中心", people: "1000")),
                openedBy: "handler", daysAgo: 80, steps: [
                    (80, "chief", { _ in CaseCommand(action: "file", opinion: "同意立案") }),
                    (60, "handler", { CaseCommand(action: "finish-investigation", opinion: "2025年12月20日，当事人未经批准，在某会展中心组织举行大型宗教活动，参加人数约1000人。执法人员现场检查时，当事人未能出示设区的市级人民政府宗教事务部门的许可文件；经责令，当事人当即停止了活动。当事人在接受询问时对上述事实予以承认。", participants: ["handler2"], penalty: p05Penalty($0, level: "minor", yuan: 130_000)) }),
                    (58, "chief", { _ in CaseCommand(action: "review-approve", opinion: "同意") }),
                    (55, "legal", { _ in CaseCommand(action: "legal-pass", opinion: "程序合法") }),
                    (52, "handler", { _ in CaseCommand(action: "send-notice") }),
                    (52, "handler", { _ in CaseCommand(action: "record-service", inputs: served(52, to: "南通某文化传播有限公司（法定代表人签收）")) }),
                    (42, "handler", { _ in CaseCommand(action: "no-statement") }),
                    (41, "leader", { _ in CaseCommand(action: "collective-discussion", opinion: "局长办公会集体讨论：事实清楚，同意按较轻情节罚款13万元") }),
                    (40, "leader", { CaseCommand(action: "decide-penalty", opinion: "依法作出处罚决定", penalty: p05Penalty($0, level: "minor", yuan: 130_000)) }),
                    (38, "clerk", { _ in CaseCommand(action: "serve", inputs: served(38, to: "南通某文化传播有限公司（法定代表人签收）")) }),
                    (25, "handler", { _ in CaseCommand(action: "executed", opinion: "罚款已按期缴纳", inputs: paid("130000", daysAgo: 30, receipt: "苏财缴〔2026〕0001234")) }),
                    (20, "chief", { _ in CaseCommand(action: "close", opinion: "同意结案") }),
                ])

        // A small case on the spot, waiting for the chief to record it.
        try run(CaseDraft(itemCode: "320600-CF-019", procedureCode: "penalty-simplified", party: person, subject: "张明在小区会所组织宗教活动（当场处罚）",
                          facts: ["activity-date": .date(CivilDate(iso: "2026-03-13") ?? .earliest), "place": .text("某小区会所")]),
                openedBy: "handler", daysAgo: 3, steps: [
                    (3, "handler", {
                        CaseCommand(action: "decide-on-site", opinion: "2026年3月13日上午，当事人在某小区会所组织二十余人举行宗教活动，执法人员到场时活动正在进行，当事人当场承认未经批准；所收费用数额无法查清", participants: ["handler2"], penalty: PenaltyDecision(violations: [
                            ViolationPenalty(itemCode: "320600-CF-019", caseID: $0, level: "minor", sanctions: [Sanction(kind: .orderStop), Sanction(kind: .fine, amount: .yuan(200))]),
                        ]))
                    }),
                ])
        // The same party as the 14-day investigation: a candidate for merging (并案).
        try run(CaseDraft(itemCode: "320600-CF-019", party: organizer, subject: "李芳组织非宗教场所宗教活动案",
                          materials: ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
                          facts: ["activity-date": .date(CivilDate(iso: "2026-02-28") ?? .earliest), "place": .text("某村文化礼堂"), "illegal-gains": .money(.yuan(8_000))]),
                openedBy: "handler", daysAgo: 9, steps: [(9, "chief", { _ in CaseCommand(action: "file", opinion: "同意立案") })])
    }
}
