import Foundation
import GRDB
import Localization
import Workflow

/// Old concluded cases for the archive benchmark and tests: licence cases opened in `year` and
/// carried through the real engine to delivery (accept, propose, the police's reply, approve,
/// grant, the provincial filing, deliver: 条例 Art. 42), their
/// documents issued as in use, some with a filed PDF. Demo and training databases only, as for
/// `BenchmarkSeeder`; five hundred cases per transaction.
public enum ArchiveSeeder {
    static let steps: [(action: String, user: String, post: String, opinion: String?)] = [
        ("accept", "clerk", "clerk", nil),
        ("propose-grant", "handler", "handler", "材料齐全，建议准予"),
        ("police-replied", "handler", "handler", "公安机关复函：无不同意见"),
        ("chief-approve", "chief", "chief", "同意"),
        ("grant", "leader", "leader", "准予许可"),
        ("file-with-province", "clerk", "clerk", nil),
        ("deliver", "clerk", "clerk", nil),
    ]

    /// Seeds `count` cases concluded in `year`; every `fileEvery`-th case gets a PDF filed
    /// (0: none). Returns the serial numbers.
    @discardableResult
    public static func seed(_ store: PowerDeskStore, cases count: Int, year: Int, fileEvery: Int = 0) throws -> [String] {
        guard store.database.kind.allowsFixedClock else { throw StorageError(StoragePhrases.fixedClockNotAllowed()) }
        let calendar = try store.definitionRepository.calendar()
        let clerk = Actor(userID: "clerk", name: "王窗口", posts: ["clerk"])
        let identity = try IdentityCheck.validate("91320600MA2ARCH014", as: .creditCode).get()
        let materials = ["application": 1, "organiser-certificate": 1, "activity-plan": 1, "safety-plan": 1, "venue-consent": 1, "agent-id": 1]
        var ids: [String] = []
        var made = 0
        while made < count {
            let chunk = min(500, count - made)
            var opened: [(id: String, day: Date)] = []
            try store.database.write { db in
                for index in made..<(made + chunk) {
                    let day = openingDay(index, year: year)
                    let facts: [String: FactValue] = [
                        "activity-name": .text("法会"),
                        "activity-date": .date(CivilDate.inShanghai(day.addingTimeInterval(60 * 86_400))),
                        "place": .text("广场"), "attendance": .quantity("500"),
                    ]
                    let party = CaseParty(
                        kind: .organization, name: "归档测试单位", identity: identity, contact: "",
                        address: "南通市样例路\(index)号")
                    let draft = CaseDraft(
                        itemCode: "320600-XK-001", party: party, subject: "归档测试活动 \(index)",
                        materials: materials, facts: facts)
                    let result = try store.caseService.open(draft, by: clerk, request: nil, at: EventCoding.truncate(day), calendar: calendar, db)
                    opened.append((result.state.id, day))
                }
            }
            if fileEvery > 0 {
                for (offset, case_) in opened.enumerated() where (made + offset) % fileEvery == 0 {
                    let pdf = Data("%PDF-1.4\n% \(case_.id)\n%%EOF\n".utf8)
                    _ = try store.attachmentRepository.attach(pdf, name: "申请书-\(case_.id).pdf", material: "application", to: case_.id, by: clerk)
                }
            }
            try store.database.write { db in
                for case_ in opened {
                    for (offset, step) in steps.enumerated() {
                        let actor = Actor(userID: step.user, name: step.user, posts: [step.post])
                        let at = EventCoding.truncate(case_.day.addingTimeInterval(Double(offset) * 86_400 + 3_600))
                        _ = try store.caseService.change(case_.id, expectedRevision: nil, request: nil, at: at, calendar: calendar, db) { engine, state, at, _ in
                            // The provincial filing records the day it was filed: the day it is taken.
                            let inputs =
                                step.action == "file-with-province"
                                ? ["filed-on": CivilDate.inShanghai(at).description] : [:]
                            return engine.perform(
                                ActionRequest(action: step.action, opinion: step.opinion, inputs: inputs), on: state,
                                by: actor, at: at)
                        }
                    }
                }
            }
            ids += opened.map(\.id)
            made += chunk
        }
        return ids
    }

    /// A weekday morning in `year`, spread over its first ten months.
    static func openingDay(_ index: Int, year: Int) -> Date {
        var components = DateComponents()
        components.year = year
        components.month = 1 + (index / 28) % 10
        components.day = 1 + index % 28
        components.hour = 9
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return gregorian.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }
}
