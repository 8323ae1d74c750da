import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// `Archiver` on a real database file: cases concluded in 2021 and 2022 move into their yearly
/// archives; the main chain stays whole and `audit verify` covers the archives; archived cases
/// are read from their archive and refused any change; a damaged archive is found.
@Suite struct ArchiveStoreTests {
    static let before = CivilDate(year: 2023, month: 1, day: 1) ?? .earliest

    /// A demo database (its clock on 2026-03-16) with 7 cases concluded in 2021 (every third with
    /// a filed PDF), 3 in 2022 and one still open.
    static func seeded(_ fixture: StoreFixture) throws -> (PowerDeskStore, old: [String], live: String) {
        let store = try fixture.empty()
        let old = try ArchiveSeeder.seed(store, cases: 7, year: 2021, fileEvery: 3) + ArchiveSeeder.seed(store, cases: 3, year: 2022)
        let live = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: nil).state.id
        return (store, old, live)
    }

    static func count(_ store: PowerDeskStore, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try store.database.pool.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? -1 }
    }

    static func countInArchive(_ path: String, _ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func concludedCasesMoveIntoYearlyArchivesAndVerify() throws {
        let fixture = try StoreFixture()
        let (store, old, live) = try Self.seeded(fixture)
        let events = try Self.count(store, "SELECT COUNT(*) FROM case_event WHERE case_id <> ?", [live])
        let documents = try Self.count(store, "SELECT COUNT(*) FROM document WHERE case_id <> ?", [live])
        let audit = try Self.count(store, "SELECT COUNT(*) FROM audit")
        #expect(events == 80, "ten cases, eight events each")
        #expect(documents > 0)
        #expect(try store.verify().isIntact)

        let plan = try store.archivePlan(before: Self.before, policy: .standard, batchSize: 4)
        #expect(plan.caseCount == 10)
        #expect(Set(plan.batches.flatMap(\.caseIDs)) == Set(old))
        #expect(plan.batches.map(\.year) == [2021, 2021, 2022])
        var batches: [ArchivedBatch] = []
        let report = try store.archive(plan, by: "system") { batches.append($0) }
        #expect(report.cases == 10 && report.events == events && report.documents == documents && report.files == 3)
        #expect(batches.map(\.file) == ["desk.archive-2021.sqlite", "desk.archive-2021.sqlite", "desk.archive-2022.sqlite"])

        // The main database keeps the case rows, marked, and its whole audit chain plus one
        // record per batch; the heavy rows are gone from it and are in the archives.
        #expect(try Self.count(store, "SELECT COUNT(*) FROM \"case\" WHERE archived_in IS NOT NULL") == 10)
        #expect(try Self.count(store, "SELECT COUNT(*) FROM case_event WHERE case_id <> ?", [live]) == 0)
        #expect(try Self.count(store, "SELECT COUNT(*) FROM document WHERE case_id <> ?", [live]) == 0)
        #expect(try Self.count(store, "SELECT COUNT(*) FROM case_attachment") == 0)
        #expect(try Self.count(store, "SELECT COUNT(*) FROM attachment") == 0)
        #expect(try Self.count(store, "SELECT COUNT(*) FROM audit") == audit + 3)
        #expect(try Self.count(store, "SELECT COUNT(*) FROM archived_document") == documents)
        let archive2021 = fixture.directory.appendingPathComponent("desk.archive-2021.sqlite").path
        let archive2022 = fixture.directory.appendingPathComponent("desk.archive-2022.sqlite").path
        // Seven cases concluded in 2021, three in 2022, eight events each.
        #expect(try Self.countInArchive(archive2021, "SELECT COUNT(*) FROM case_event") == 56)
        #expect(try Self.countInArchive(archive2022, "SELECT COUNT(*) FROM case_event") == 24)
        #expect(try Self.countInArchive(archive2021, "SELECT COUNT(*) FROM attachment") == 3)
        #expect(try Self.countInArchive(archive2021, "SELECT COUNT(*) FROM audit WHERE event_seq IS NOT NULL") == 56)

        let verification = try store.verify()
        #expect(verification.isIntact, "\(verification.message.text(.en))")

        // A backup kept in another folder verifies against the archives where they are.
        let backups = fixture.directory.appendingPathComponent("backups")
        try FileManager.default.createDirectory(at: backups, withIntermediateDirectories: true)
        #expect(try store.backup(to: backups.appendingPathComponent("copy.sqlite").path).verification.isIntact)

        // Nothing is left to archive: a second run moves nothing.
        #expect(try store.archivePlan(before: Self.before, policy: .standard).caseCount == 0)

        // Read-only: documents, files and the case archive come from the archive file.
        let caseID = try #require(old.first)
        let archivedDocuments = try store.documents.documents(caseID)
        #expect(!archivedDocuments.isEmpty && archivedDocuments.allSatisfy { $0.body != nil })
        let first = try #require(archivedDocuments.first)
        #expect(try store.documents.document(first.id).hash == first.hash)
        if let number = archivedDocuments.compactMap(\.number).first {
            #expect(try store.documents.document(reference: number).caseID == caseID)
        }
        let files = try store.attachments.files(caseID)
        #expect(files.count == 1)
        #expect(try store.attachments.data(try #require(files.first).sha256)?.isEmpty == false)
        let bound = try store.documents.archive(caseID)
        #expect(bound.state.id == caseID && !bound.documents.isEmpty && !bound.trail.isEmpty)
        #expect(try store.archivedFiles(of: [caseID, live]) == [caseID: "desk.archive-2021.sqlite"])
        #expect(try store.searchArchived("归档测试").count == 10)
        #expect(try store.searchArchived(caseID).map(\.caseID) == [caseID])

        // Any change is refused, with the archive named.
        let error = #expect(throws: StorageError.self) {
            try store.cases.amendParty(caseID, address: "新地址", contact: "", reason: "搬迁", expectedRevision: nil, by: StoreFixture.clerk, requestID: nil)
        }
        #expect(error?.message.text(.zh).contains("已归档") == true)
        #expect(try store.verify().isIntact)
    }

    @Test func documentsStayUndeletableOutsideAnArchiveRun() throws {
        let fixture = try StoreFixture()
        let (store, old, _) = try Self.seeded(fixture)
        let caseID = try #require(old.first)
        // Even a case marked archived keeps its documents unless a run is open and has recorded them.
        #expect(throws: DatabaseError.self) {
            try store.database.pool.write { db in
                try db.execute(sql: "UPDATE \"case\" SET archived_in = 2021 WHERE id = ?", arguments: [caseID])
                try db.execute(sql: "DELETE FROM document WHERE case_id = ?", arguments: [caseID])
            }
        }
        #expect(try Self.count(store, "SELECT COUNT(*) FROM document WHERE case_id = ?", [caseID]) > 0)
    }

    @Test func aDamagedArchiveIsFoundByVerify() throws {
        let fixture = try StoreFixture()
        let (store, old, _) = try Self.seeded(fixture)
        _ = try store.archive(try store.archivePlan(before: Self.before, policy: .standard), by: "system")
        #expect(try store.verify().isIntact)
        let archive = fixture.directory.appendingPathComponent("desk.archive-2022.sqlite").path
        let queue = try DatabaseQueue(path: archive)
        let victim = try #require(old.last)
        try queue.write { db in
            try db.execute(sql: "UPDATE case_event SET body = body || ' ' WHERE case_id = ? AND seq = 5", arguments: [victim])
            #expect(db.changesCount == 1)
        }
        try queue.close()
        let verification = try store.verify()
        #expect(!verification.isIntact)
        #expect(verification.message.text(.zh).contains("desk.archive-2022.sqlite"))

        // A case marked archived without any archive record (its events deleted by hand) is found too.
        let other = try StoreFixture()
        let (second, _, live) = try Self.seeded(other)
        try second.database.pool.write { db in
            try db.execute(sql: "UPDATE \"case\" SET archived_in = 2026 WHERE id = ?", arguments: [live])
        }
        #expect(!(try second.verify().isIntact))
    }
}
