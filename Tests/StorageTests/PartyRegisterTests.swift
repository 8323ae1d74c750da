import Foundation
import GRDB
import Localization
@testable import Storage
import Testing
import Workflow

/// One register of parties keyed by identity number (issue 18): the same number under another
/// name needs a reason; every name is kept; search finds a party by any of its names and by the
/// pinyin initials of names and items.
@Suite struct PartyRegisterTests {
    static func draft(name: String, reason: String? = nil) throws -> CaseDraft {
        let base = try StoreFixture.licenceDraft()
        let party = CaseParty(kind: .organization, name: name, identity: base.party.identity, contact: "", address: base.party.address)
        return CaseDraft(itemCode: base.itemCode, party: party, subject: base.subject, materials: base.materials, facts: base.facts, partyRenameReason: reason)
    }

    @Test func pinyinInitialsFollowTheReading() {
        #expect(PinyinInitials.of("大型宗教活动") == "dxzjhd")
        #expect(PinyinInitials.of("南通市ABC文化传播有限公司2号") == "ntsabcwhcbyxgs2h")
        #expect(PinyinInitials.isQuery("dxzjhd"))
        #expect(!PinyinInitials.isQuery("d"))
        #expect(!PinyinInitials.isQuery("XK2026"))
    }

    @Test func anotherNameUnderTheSameNumberNeedsAReasonAndIsKept() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let first = try store.cases.open(try Self.draft(name: "南通市某寺"), by: StoreFixture.clerk)
        let number = first.state.party.identity.value
        #expect(throws: StorageError.self) {
            try store.cases.open(try Self.draft(name: "南通市某禅寺"), by: StoreFixture.clerk)
        }
        // Nothing of the refused opening is left: no case, no serial used.
        #expect(try store.cases.count() == 1)
        let renamed = try store.cases.open(try Self.draft(name: "南通市某禅寺", reason: "经登记管理机关核准更名"), by: StoreFixture.clerk)
        let same = try store.cases.open(try Self.draft(name: "南通市某禅寺"), by: StoreFixture.clerk)
        #expect(same.state.party.name == "南通市某禅寺")
        let record = try #require(try PartyRegister.record(number, in: store.database))
        #expect(record.names.map(\.name) == ["南通市某寺", "南通市某禅寺"])
        #expect(record.names.last?.reason == "经登记管理机关核准更名")
        #expect(Set(record.cases.map(\.id)) == [first.state.id, renamed.state.id, same.state.id])
        #expect(try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind = 'party.renamed'") } == 1)
        #expect(try store.verify().isIntact)
    }

    @Test func searchFindsAPartyByAnyOfItsNamesAndByInitials() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        _ = try store.cases.open(try Self.draft(name: "南通市某寺"), by: StoreFixture.clerk)
        _ = try store.cases.open(try Self.draft(name: "南通市某禅寺", reason: "更名"), by: StoreFixture.clerk)
        func found(_ text: String, items: [String] = []) throws -> Int {
            try store.queue.count(QueueFilter(tab: .search, userID: "clerk", section: "", actionable: [], today: CivilDate(year: 2026, month: 3, day: 16)!,
                                              search: text, searchItems: items))
        }
        // The old name finds the cases under the new one too.
        #expect(try found("南通市某寺") == 2)
        #expect(try found("ntsmcs") == 2)
        #expect(try found("ntsms") == 2)
        #expect(try found("zzzz") == 0)
        #expect(try found("dxzjhd", items: ["320600-XK-001"]) == 2)
    }
}
