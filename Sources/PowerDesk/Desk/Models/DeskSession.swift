import Foundation
import Localization
import Storage
import Workflow

/// Who is at the desk and against what: the store, the signed-in actor, their section and
/// language, and the definitions and calendar of the database.
final class DeskSession {
    let store: PowerDeskStore
    let actor: Actor
    let section: String
    let language: Language
    let calendar: WorkCalendar
    let active: DefinitionSet
    /// The steps at which this actor's posts may act, over every definition version in use.
    let actionable: [ActionableStep]
    /// User names by id, to name fellow officers on screen.
    let userNames: [String: String]

    init(store: PowerDeskStore, actor: Actor, language: Language) throws {
        self.store = store
        self.actor = actor
        self.language = language
        section = try store.users.section(of: actor.userID)
        calendar = try store.definitions.calendar()
        active = try store.definitions.activeSet().set
        var steps = Set<ActionableStep>()
        for version in try store.definitions.versionsInUse() {
            let set = try store.definitions.set(version: version)
            for item in set.items {
                for code in item.procedures {
                    guard let flow = set.flow(item: item.code, procedure: code) else { continue }
                    for step in flow.stepsOfWork(for: actor.posts) {
                        steps.insert(ActionableStep(item: item.code, procedure: code, step: step.code))
                    }
                }
            }
        }
        userNames = Dictionary((try store.users.all()).map { ($0.userID, $0.name) }, uniquingKeysWith: { a, _ in a })
        actionable = steps.sorted { ($0.item, $0.procedure, $0.step) < ($1.item, $1.procedure, $1.step) }
    }

    var today: CivilDate { CivilDate.inShanghai(store.database.clock.now()) }

    /// Supervision posts read everything and act on nothing.
    var isReadOnly: Bool {
        actor.posts.allSatisfy { active.bureau.post($0)?.readOnly ?? false }
    }

    func text(_ message: Message) -> String { message.text(language) }

    func postNames(_ codes: [String], in set: DefinitionSet) -> String {
        codes.map { set.bureau.post($0)?.name ?? $0 }.joined(separator: "、")
    }

    func filter(_ tab: QueueTab, search: String) -> QueueFilter {
        QueueFilter(tab: tab, userID: actor.userID, section: section, actionable: actionable, today: today, search: search,
                    searchItems: tab == .search ? Self.items(named: search, in: active) : [])
    }

    /// The items a search names: by a part of the name, or by its pinyin initials (dxzjhd).
    static func items(named search: String, in set: DefinitionSet) -> [String] {
        let text = search.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        let initials = PinyinInitials.isQuery(text) ? text.lowercased() : nil
        return set.items.filter { item in
            item.name.contains(text) || initials.map { PinyinInitials.of(item.name).contains($0) } == true
        }.map(\.code)
    }
}
