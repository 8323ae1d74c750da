import Foundation
import GRDB
import Localization
import Testing
@testable import Storage
import Workflow

/// Document numbers (GB/T 9704): issued by the action's own transaction, per type and year, with
/// no gap and no duplicate; a deleted document record is found by verify.
@Suite struct DocumentNumberTests {
    @Test func actionsIssueNumberedDocumentsInTheirTransaction() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        // The demo accepted four licences in 2026 and one (the closed case) in 2026 as well.
        let accepted = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT number FROM document WHERE type = 'acceptance-notice' ORDER BY seq") }
        #expect(accepted == (1...accepted.count).map { "通民宗许受字〔2026〕\($0)号" })
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        let before = try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") } ?? 0
        let result = try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk)
        let documents = try store.cases.documents(opened.state.id)
        #expect(documents.map(\.number) == ["通民宗许受字〔2026〕\(accepted.count + 1)号"])
        #expect(documents.first?.eventSeq == Int64(result.state.revision))
        #expect(try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") } == before + 1)
        // A refused action issues nothing.
        #expect(throws: Rejection.self) { try store.cases.act(opened.state.id, CaseCommand(action: "accept"), by: StoreFixture.clerk) }
        #expect(try store.cases.documents(opened.state.id).count == 1)
        #expect(try store.verify().isIntact)
    }

    @Test func unnumberedDocumentsAreRecordedWithoutANumber() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        // Filing produces 立案审批表, an internal form with no number.
        let forms = try store.database.pool.read { try Row.fetchAll($0, sql: "SELECT number, seq FROM document WHERE type = 'filing-form'") }
        #expect(!forms.isEmpty)
        #expect(forms.allSatisfy { ($0["number"] as String?) == nil && ($0["seq"] as Int?) == nil })
    }

    @Test func issuedDocumentsCannotBeChangedOrDeleted() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        #expect(throws: (any Error).self) {
            try store.database.pool.write { try $0.execute(sql: "DELETE FROM document WHERE type = 'acceptance-notice' AND seq = 1") }
        }
        #expect(throws: (any Error).self) {
            try store.database.pool.write { try $0.execute(sql: "UPDATE document SET body = 'x' WHERE type = 'acceptance-notice' AND seq = 1") }
        }
        #expect(try store.verify().isIntact)
    }

    @Test func aDeletedDocumentBreaksTheRunAndVerifySaysSo() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        // Someone with the sqlite3 shell drops the guard first.
        try store.database.pool.write {
            try $0.execute(sql: "DROP TRIGGER document_no_delete; DELETE FROM document WHERE type = 'acceptance-notice' AND seq = 1")
        }
        let verification = try store.verify()
        #expect(!verification.isIntact)
        #expect(verification.problem?.reason.key == "storage.audit.documentGap")
    }

    @Test func anEditedDocumentTextIsFoundByVerify() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        try store.database.pool.write {
            try $0.execute(sql: """
                DROP TRIGGER document_no_update;
                UPDATE document SET body = replace(body, '南通', '北京') WHERE id = (SELECT MIN(id) FROM document WHERE number IS NOT NULL)
                """)
        }
        let verification = try store.verify()
        #expect(verification.problem?.reason.key == "document.hashMismatch")
    }
}
