import Crypto
import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// R18, R20: a document is produced by its action's transaction from the case, stored
/// unchangeable with its hash in the audit trail, corrected only by a new document that names
/// the one it replaces, and every print after the first is a logged copy.
@Suite struct DocumentLifecycleTests {
    static let leader = Actor(userID: "leader", name: "刘局长", posts: ["leader"])
    static let decisionNumber = "通民宗罚决字〔2026〕1号"

    @Test func theDecisionTextIsTheCaseInWordsAndItsHashIsAudited() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let decision = try store.documents.document(reference: Self.decisionNumber)
        let body = try #require(decision.body)
        // The demo decided a fine of 130,000 yuan: figures and capitals, written by hand here.
        #expect(body.contains("130,000.00元"))
        #expect(body.contains("壹拾叁万元整"))
        let state = try store.cases.load(decision.caseID)
        #expect(body.contains(state.party.name) && body.contains(state.party.identity.value) && body.contains(state.party.address))
        let digest = SHA256.hash(data: Data(body.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(decision.hash == digest)
        let audited = try store.database.pool.read {
            try String.fetchAll($0, sql: "SELECT body FROM audit WHERE kind = 'document.issued' AND case_id = ?", arguments: [decision.caseID])
        }
        #expect(audited.contains { $0.contains(digest) && $0.contains(Self.decisionNumber) })
    }

    @Test func aCorrectionIsANewNumberThatNamesTheOneItReplaces() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let original = try store.documents.document(reference: Self.decisionNumber)
        // Only the post that decided may correct the decision, and only with a reason.
        #expect(throws: StorageError.self) { try store.documents.correct(original.id, reason: "地址有误", by: StoreFixture.clerk) }
        #expect(throws: StorageError.self) { try store.documents.correct(original.id, reason: "  ", by: Self.leader) }
        let correction = try store.documents.correct(original.id, reason: "当事人住所笔误", by: Self.leader)
        #expect(correction.number == "通民宗罚决字〔2026〕2号")
        #expect(correction.replaces == original.id)
        #expect(correction.body?.contains("本文书更正并替代\(Self.decisionNumber)。更正理由：当事人住所笔误。") == true)
        // The original stays as issued, now marked as replaced; it cannot be corrected twice.
        let again = try store.documents.document(original.id)
        #expect(again.body == original.body && again.replacedBy == correction.id)
        #expect(throws: StorageError.self) { try store.documents.correct(original.id, reason: "再次更正", by: Self.leader) }
        #expect(try store.verify().isIntact)
    }

    @Test func everyPrintIsLoggedAndReprintsAreCopies() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let decision = try store.documents.document(reference: Self.decisionNumber)
        // A print that failed (no paper came out) is logged as a failure and does not count.
        let failed = try store.documents.beginPrint(decision.id, by: Self.leader)
        #expect(failed.copy == false && failed.sequence == 1)
        try store.documents.finishPrint(failed, succeeded: false, destination: "office", path: nil, detail: "printer offline", by: Self.leader)
        let first = try store.documents.beginPrint(decision.id, by: Self.leader)
        #expect(first.copy == false)
        try store.documents.finishPrint(first, succeeded: true, destination: "office", path: "/tmp/a.pdf", detail: nil, by: Self.leader)
        let second = try store.documents.beginPrint(decision.id, by: Self.leader)
        #expect(second.copy == true && second.sequence == 2)
        try store.documents.finishPrint(second, succeeded: true, destination: "office", path: "/tmp/b.pdf", detail: nil, by: Self.leader)
        #expect(try store.documents.document(decision.id).prints == 2)
        let kinds = try store.database.pool.read {
            try String.fetchAll($0, sql: "SELECT kind FROM audit WHERE kind LIKE 'document.print%' ORDER BY seq")
        }
        #expect(kinds == ["document.printFailed", "document.printed", "document.printed"])
        #expect(try store.verify().isIntact)
    }

    @Test func supervisionPrintsCopiesAndAReplacedDocumentSaysSo() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let decision = try store.documents.document(reference: Self.decisionNumber)
        let monitor = Actor(userID: "monitor", name: "吴监察", posts: ["monitor"])
        #expect(try store.documents.beginPrint(decision.id, by: monitor).copy == true)
        let correction = try store.documents.correct(decision.id, reason: "住所笔误", by: Self.leader)
        let replaced = try store.documents.beginPrint(decision.id, by: Self.leader)
        #expect(replaced.copy == true && replaced.replacedBy == correction.number)
        #expect(try store.documents.beginPrint(correction.id, by: Self.leader).copy == false)
    }

    @Test func whoMayCorrectIsSaidBeforehand() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let decision = try store.documents.document(reference: Self.decisionNumber)
        #expect(try store.documents.correctionRefusal(decision.id, by: Self.leader) == nil)
        #expect(try store.documents.correctionRefusal(decision.id, by: StoreFixture.clerk)?.key == "document.correction.notYourPost")
    }

    @Test func anActionWhoseDocumentCannotBeMadeIsNotRecorded() throws {
        let fixture = try StoreFixture()
        var store = try fixture.demo()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        // The acceptance notice's template disappears from the version in force (as if edited
        // with the sqlite3 shell, compiled forms included); a fresh process finds no template to
        // make the notice with.
        try store.database.pool.write {
            try $0.execute(sql: "DELETE FROM definition_file WHERE path LIKE '%acceptance-notice.mustache'")
            try $0.execute(sql: "DELETE FROM definition_compiled")
        }
        try store.database.pool.close()
        store = try PowerDeskStore.open(at: fixture.path)
        let documentsBefore = try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }
        let auditBefore = try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit") }
        do {
            _ = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
            Issue.record("the acceptance was recorded without its notice")
        } catch let error as StorageError {
            #expect(error.message.key == "document.renderFailed")
        }
        #expect(try store.cases.load(opened.state.id).revision == opened.state.revision)
        #expect(try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") } == documentsBefore)
        #expect(try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit") } == auditBefore)
    }

    @Test func theArchiveHoldsEveryDocumentOpinionMaterialAndAuditLine() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let decision = try store.documents.document(reference: Self.decisionNumber)
        try store.documents.recordArchivePrint(decision.caseID, destination: "/tmp/x", by: Self.leader)
        let archive = try store.documents.archive(decision.caseID)
        let issued = try store.documents.documents(decision.caseID)
        // The stored cover is the cover; every other document is bound as issued.
        #expect(archive.documents.map(\.number) == issued.filter { $0.type != "case-cover" }.map(\.number))
        #expect(archive.cover.contains(decision.caseID))
        let trail = try store.documents.auditTrail(decision.caseID)
        #expect(archive.trail.map(\.seq) == trail.map(\.seq))
        #expect(archive.trail.contains { $0.what == "出具文书 \(Self.decisionNumber)" })
        #expect(archive.trail.contains { $0.what == "打印案卷" })
        #expect(archive.trail.contains { $0.what.hasPrefix("作出行政处罚决定") })
    }

    @Test func aWrongAddressIsPutRightInTheCaseAndTheCorrectedDecision() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let original = try store.documents.document(reference: Self.decisionNumber)
        let before = try store.cases.load(original.caseID)
        let right = "江苏省南通市崇川区工农路22号"
        let correction = try store.documents.correct(original.id, reason: "当事人住所门牌号笔误", partyAddress: right, by: Self.leader)
        #expect(correction.body?.contains("住所：\(right)") == true)
        #expect(original.body?.contains(before.party.address) == true)
        let after = try store.cases.load(original.caseID)
        #expect(after.party.address == right && after.party.name == before.party.name && after.revision == before.revision + 1)
        let amended = try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind = 'case.party'") }
        #expect(amended == 1)
        // The replayed events give the amended party: verify agrees with the stored state.
        #expect(try store.verify().isIntact)
        // An amendment on its own needs its reason too.
        #expect(throws: Rejection.self) {
            try store.cases.amendParty(original.caseID, address: "另一地址", contact: "", reason: " ", expectedRevision: nil, by: Self.leader, requestID: nil)
        }
    }
}
