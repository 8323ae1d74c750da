import Foundation
import GRDB
import Localization
@testable import Storage
import Testing
import Workflow

/// Case files (R17, R9): what a file is comes from its content; a file filed under a material
/// makes the material received in the same transaction; who may file follows the step; the
/// audit re-hashes every stored file.
@Suite struct CaseFileTests {
    static let pdf = Data("%PDF-1.7\n申请书扫描件".utf8)

    /// A ZIP with the given entry names (stored, empty), enough for its central directory.
    static func zip(_ names: [String]) -> Data {
        var local: [UInt8] = []
        var central: [UInt8] = []
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16) }
        for name in names {
            let bytes = Array(name.utf8)
            let offset = local.count
            local += [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + le32(0) + le16(bytes.count) + le16(0) + bytes
            central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + le32(0)
                + le16(bytes.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + bytes
        }
        let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(names.count) + le16(names.count) + le32(central.count) + le32(local.count) + le16(0)
        return Data(local + central + end)
    }

    @Test func theKindComesFromTheContentNotTheName() {
        #expect(FileKind.detect(Self.pdf) == .accepted(.pdf))
        #expect(FileKind.detect(Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])) == .accepted(.jpeg))
        #expect(FileKind.detect(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])) == .accepted(.png))
        #expect(FileKind.detect(Data([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0])) == .accepted(.tiff))
        #expect(FileKind.detect(Self.zip(["[Content_Types].xml", "word/document.xml"])) == .accepted(.docx))
        #expect(FileKind.detect(Self.zip(["[Content_Types].xml", "xl/workbook.xml"])) == .accepted(.xlsx))
        #expect(FileKind.detect(Self.zip(["OFD.xml", "Doc_0/Document.xml"])) == .accepted(.ofd))
        #expect(FileKind.detect(Self.zip(["readme.txt"])) == .unknown)
        #expect(FileKind.detect(Data([0x4D, 0x5A, 0x90, 0x00])) == .program("Windows (MZ)"))
        #expect(FileKind.detect(Data([0x7F, 0x45, 0x4C, 0x46, 2, 1])) == .program("ELF"))
        #expect(FileKind.detect(Data("#!/bin/sh\nrm -rf /".utf8)) == .program("script (#!)"))
        #expect(FileKind.detect(Data("纯文本".utf8)) == .unknown)
        // A ZIP cut short names what it could read, and never crashes.
        #expect(FileKind.detect(Self.zip(["word/document.xml"]).prefix(40)) == .unknown)
    }

    @Test func aFileUnderAMaterialMakesItReceivedInTheSameTransaction() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        var materials = try StoreFixture.licenceDraft().materials
        materials.removeValue(forKey: "venue-consent")
        let opened = try store.cases.open(try StoreFixture.licenceDraft(materials: materials), by: StoreFixture.clerk)
        #expect(opened.state.materials["venue-consent"] == nil)
        let result = try store.attachments.attach(Self.pdf, name: "场地同意书.pdf", material: "venue-consent", evidence: false,
                                                  to: opened.state.id, by: StoreFixture.clerk)
        #expect(result.materialRecorded)
        #expect(result.file.kind == .pdf)
        let state = try store.cases.load(opened.state.id)
        #expect(state.materials["venue-consent"] == 1)
        #expect(state.revision == opened.state.revision + 1)
        // Filed again: nothing new, and the material is not counted twice.
        let again = try store.attachments.attach(Self.pdf, name: "场地同意书.pdf", material: "venue-consent", evidence: false,
                                                 to: opened.state.id, by: StoreFixture.clerk)
        #expect(again.repeated && !again.materialRecorded)
        #expect(try store.cases.load(opened.state.id).revision == state.revision)
        // Evidence goes under any label and changes no material.
        let photo = Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
        let evidence = try store.attachments.attach(photo, name: "现场.jpg", material: "现场照片", evidence: true, to: opened.state.id, by: StoreFixture.clerk)
        #expect(evidence.file.isEvidence && !evidence.materialRecorded)
        let files = try store.attachments.files(opened.state.id)
        #expect(files.map(\.entry) == ["venue-consent", "现场照片"])
        #expect(files.map(\.kind) == [.pdf, .jpeg])
        #expect(try store.verify().isIntact)
    }

    @Test func refusalsSayWhyAndStoreNothing() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        let id = opened.state.id
        let count = { try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM attachment") } }
        #expect(throws: StorageError(CaseFilePhrases.program("setup.pdf", "Windows (MZ)"))) {
            try store.attachments.attach(Data([0x4D, 0x5A, 0x90, 0]), name: "setup.pdf", material: "application", evidence: false, to: id, by: StoreFixture.clerk)
        }
        #expect(throws: StorageError.self) {
            try store.attachments.attach(Self.pdf, name: "a.pdf", material: "no-such-material", evidence: false, to: id, by: StoreFixture.clerk)
        }
        let monitor = Actor(userID: "monitor", name: "监察", posts: ["monitor"])
        #expect(throws: StorageError(CaseFilePhrases.readOnlyPost())) {
            try store.attachments.attach(Self.pdf, name: "a.pdf", material: "application", evidence: false, to: id, by: monitor)
        }
        // At intake (收件审查) the window files; the chief has no part in that step.
        let chief = Actor(userID: "chief", name: "科长", posts: ["chief"])
        #expect(throws: Rejection.self) {
            try store.attachments.attach(Self.pdf, name: "a.pdf", material: "application", evidence: false, to: id, by: chief)
        }
        #expect(try count() == 0)
        #expect(try store.verify().isIntact)
    }

    @Test func verifyFindsAnAlteredOrSmuggledFile() throws {
        let fixture = try StoreFixture()
        let store = try fixture.empty()
        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk)
        let digest = try store.attachments.attach(Self.pdf, name: "a.pdf", material: "application", to: opened.state.id, by: StoreFixture.clerk)
        #expect(try store.verify().isIntact)
        try store.database.pool.write { try $0.execute(sql: "UPDATE attachment SET data = ? WHERE sha256 = ?", arguments: [Data("%PDF-1.7 改过".utf8), digest]) }
        let altered = try store.verify()
        #expect(!altered.isIntact)
        #expect(altered.problem?.reason == CaseFilePhrases.auditAttachmentMismatch(digest))
        // Put back, then a file row added behind PowerDesk's back.
        try store.database.pool.write { db in
            try db.execute(sql: "UPDATE attachment SET data = ? WHERE sha256 = ?", arguments: [Self.pdf, digest])
            try db.execute(sql: "INSERT INTO case_attachment (case_id, material_code, sha256, name, added_at, added_by) VALUES (?, 'photos', ?, 'x.pdf', 0, 'clerk')",
                           arguments: [opened.state.id, digest])
        }
        #expect(try store.verify().problem?.reason == CaseFilePhrases.auditAttachmentUnaudited(opened.state.id, digest))
    }
}
