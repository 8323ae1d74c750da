import Foundation
import GRDB
import Localization
import Workflow

/// Fills a demo database with many cases for the desk benchmark: real openings through the case
/// service, in one transaction per thousand so loading 100,000 takes seconds, not an evening.
public enum BenchmarkSeeder {
    public static func seed(_ store: PowerDeskStore, cases count: Int) throws {
        guard store.database.kind.allowsFixedClock else { throw StorageError(StoragePhrases.fixedClockNotAllowed()) }
        let clerk = Actor(userID: "clerk", name: "王窗口", posts: ["clerk"])
        let handler = Actor(userID: "handler", name: "李承办", posts: ["handler"])
        let calendar = try store.definitionRepository.calendar()
        let (_, set) = try store.definitions.activeSet()
        let identity = try IdentityCheck.validate("91110000600037341L", as: .creditCode).get()
        let items = set.items.filter { $0.kind != .penalty }.prefix(4) + set.items.filter { $0.kind == .penalty }.prefix(4)
        let now = store.database.clock.now()
        var made = 0
        while made < count {
            let batch = min(1000, count - made)
            try store.database.write { db in
                for index in made..<(made + batch) {
                    let item = items[index % items.count]
                    let procedure = item.procedures.first.flatMap { set.procedures[$0] }
                    let actor = procedure.map { $0.openedBy.contains("clerk") } ?? true ? clerk : handler
                    let facts = Dictionary(uniqueKeysWithValues: item.facts.map { field -> (String, FactValue) in
                        switch field.type {
                        case .date: (field.code, .date(CivilDate.inShanghai(now)))
                        case .money: (field.code, .money(.yuan(1000)))
                        case .count, .number, .area: (field.code, .quantity("10"))
                        case .text, .place: (field.code, .text("样例"))
                        }
                    })
                    let draft = CaseDraft(itemCode: item.code, party: CaseParty(kind: .organization, name: "样例单位", identity: identity, contact: "", address: "南通市样例路\(index)号"),
                                          subject: "性能测试办件 \(index)", materials: [:], facts: facts)
                    let at = now.addingTimeInterval(-Double(index % 90) * 86_400)
                    _ = try store.caseService.open(draft, by: actor, request: nil, at: EventCoding.truncate(at), calendar: calendar, db)
                }
            }
            made += batch
        }
    }
}
