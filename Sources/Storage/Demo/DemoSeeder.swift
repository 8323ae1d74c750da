import Foundation
import GRDB
import Localization
import Workflow

/// Fills a demo or training database: one account per post (password `demo`) and sample cases
/// spread over the steps of every shipped flow and over every deadline level, as of the
/// database's fixed clock.
public enum DemoSeeder {
    public struct Account: Sendable {
        public let id: String
        public let name: String
        public let section: String
        public let posts: [String]
    }

    public static let password = "demo"

    public static let accounts: [Account] = [
        Account(id: "clerk", name: "王窗口", section: "office", posts: ["clerk"]),
        Account(id: "handler", name: "李承办", section: "religious", posts: ["handler"]),
        Account(id: "handler2", name: "赵承办", section: "religious", posts: ["handler"]),
        Account(id: "chief", name: "陈处长", section: "religious", posts: ["chief"]),
        Account(id: "legal", name: "周法制", section: "office", posts: ["legal"]),
        Account(id: "leader", name: "刘局长", section: "office", posts: ["leader"]),
        Account(id: "admin", name: "吴管理", section: "office", posts: ["admin"]),
        Account(id: "monitor", name: "孙监察", section: "office", posts: ["monitor"]),
    ]

    /// The demo accounts that act as enforcement officers (investigations, on-the-spot decisions,
    /// inspections) hold certificates; the window clerk and the monitor never do.
    public static let certificates: [String: String] = ["handler": "32060020260001", "handler2": "32060020260002", "chief": "32060020260003"]
    public static let certificatesValidUntil = CivilDate(year: 2028, month: 12, day: 31) ?? .latest

    /// The demo's "now": Monday 2026-03-16, 09:00 in Shanghai.
    public static let now = Date(timeIntervalSince1970: 1_773_622_800)

    public static func seed(_ store: PowerDeskStore) throws {
        guard store.database.kind.allowsFixedClock else { throw StorageError(StoragePhrases.fixedClockNotAllowed()) }
        let at = EventCoding.truncate(store.database.clock.now())
        try store.database.write { db in
            for account in accounts where try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE id = ?", arguments: [account.id]) != true {
                try store.userRepository.create(id: account.id, name: account.name, section: account.section, posts: account.posts, password: password, by: "system", at: at, db)
            }
            for (id, number) in certificates.sorted(by: { $0.key < $1.key }) {
                try store.userRepository.certify(id, number: number, validUntil: certificatesValidUntil, by: "system", at: at, db)
            }
        }
        var actors: [String: Actor] = [:]
        for account in accounts {
            actors[account.id] = try store.userRepository.actor(account.id) ?? Actor(userID: account.id, name: account.name, posts: Set(account.posts))
        }
        try DemoCases(store: store, actors: actors, now: store.database.clock.now()).create()
    }
}
