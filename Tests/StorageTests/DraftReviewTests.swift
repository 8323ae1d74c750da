import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// Legal's review of drafts (issue 14): the unified diff of every changed file, a rejection with
/// its reason that the admin sees, and a new item filed as a draft.
@Suite struct DraftReviewTests {
    static let admin = Actor(userID: "admin", name: "吴管理", posts: ["admin"])
    static let legal = Actor(userID: "legal", name: "周法制", posts: ["legal"])

    @Test func theDiffShowsChangedLinesWithContextAndLineNumbers() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...10).map { "line \($0)" }
        lines[4] = "line five"
        lines.insert("new line", at: 9)
        let new = lines.joined(separator: "\n") + "\n"
        let diff = UnifiedDiff.lines(old: old, new: new, oldName: "a", newName: "b")
        #expect(diff == [
            "--- a", "+++ b",
            "@@ -2,9 +2,10 @@",
            " line 2", " line 3", " line 4", "-line 5", "+line five", " line 6", " line 7", " line 8", " line 9", "+new line", " line 10",
        ])
        #expect(UnifiedDiff.lines(old: old, new: old, oldName: "a", newName: "b").isEmpty)
        let far = (1...30).map { "l\($0)" }
        var changed = far
        changed[1] = "X"
        changed[27] = "Y"
        let hunks = UnifiedDiff.lines(old: far.joined(separator: "\n"), new: changed.joined(separator: "\n"), oldName: "a", newName: "b")
            .filter { $0.hasPrefix("@@") }
        #expect(hunks == ["@@ -1,5 +1,5 @@", "@@ -25,6 +25,6 @@"], "two changes far apart are two hunks")
        #expect(UnifiedDiff.lines(old: "", new: "a\nb\n", oldName: "/dev/null", newName: "b").suffix(3) == ["@@ -0,0 +1,2 @@", "+a", "+b"])
    }

    static func newItem(_ store: PowerDeskStore) throws -> SourceFile {
        let sources = try store.definitions.sources(version: try store.definitions.activeVersion())
        guard let model = sources.first(where: { $0.path == "items/320600-CF-001.yaml" }) else { throw StorageError(StoragePhrases.unknownVersion(0)) }
        let text = model.text.replacingOccurrences(of: "320600-CF-001", with: "320600-CF-041")
            .replacingOccurrences(of: "name: 对强制公民信仰宗教或者不信仰宗教的行政处罚", with: "name: 对新增违法行为的行政处罚")
        return SourceFile(path: "items/320600-CF-041.yaml", text: text)
    }

    @Test func aNewItemIsFiledAsADraftLegalSeesItAndConfirmsIt() throws {
        let store = try StoreFixture().demo()
        let before = try store.definitions.activeSet().set.items.count
        let file = try Self.newItem(store)
        #expect(throws: Rejection.self) { try store.definitions.proposeAddition(file, note: "新增", by: Self.legal) }
        let existing = SourceFile(path: "items/320600-CF-001.yaml", text: file.text)
        #expect(throws: StorageError(AdminPhrases.fileExists("items/320600-CF-001.yaml"))) { try store.definitions.proposeAddition(existing, note: "", by: Self.admin) }
        let version = try store.definitions.proposeAddition(file, note: "法规新增第41项", by: Self.admin)
        let diff = try store.definitions.diff(version)
        #expect(diff.map(\.path) == ["items/320600-CF-041.yaml"])
        #expect(diff.first?.change == .added)
        #expect(diff.first?.lines.first == "--- /dev/null")
        #expect(diff.first?.lines.contains("+code: 320600-CF-041") == true)
        #expect(try store.activeItemCount() == before, "nothing in force before legal confirms")
        try store.definitions.confirm(version, by: Self.legal)
        #expect(try store.activeItemCount() == before + 1)
        #expect(try store.verify().isIntact)
    }

    @Test func legalRejectsWithAReasonAndTheAdminSeesIt() throws {
        let store = try StoreFixture().demo()
        let version = try store.definitions.proposeAddition(try Self.newItem(store), note: "新增", by: Self.admin)
        #expect(throws: Rejection.self) { try store.definitions.reject(version, reason: "依据不足", by: Self.admin) }
        #expect(throws: StorageError(AdminPhrases.rejectionReasonMissing())) { try store.definitions.reject(version, reason: "  ", by: Self.legal) }
        try store.definitions.reject(version, reason: "处罚依据条款引用错误，请核对", by: Self.legal)
        #expect(try store.definitions.drafts().isEmpty)
        let rejection = try #require(try store.definitions.rejections().first)
        #expect(rejection.version == version && rejection.reason == "处罚依据条款引用错误，请核对" && rejection.rejectedBy == "legal")
        #expect(throws: StorageError.self, "a rejected draft is never put into force") { try store.definitions.confirm(version, by: Self.legal) }
        #expect(throws: StorageError(AdminPhrases.notADraft(version))) { try store.definitions.reject(version, reason: "again", by: Self.legal) }
        let kinds = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT kind FROM audit WHERE kind LIKE 'definitions.%' ORDER BY seq") }
        #expect(kinds.last == "definitions.rejected")
    }
}

extension PowerDeskStore {
    func activeItemCount() throws -> Int { try definitions.activeSet().set.items.count }
}
