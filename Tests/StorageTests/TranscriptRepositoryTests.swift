import Foundation
import GRDB
import Localization
@testable import Storage
import Testing
import Workflow

/// Transcripts (笔录, issue 18): written by the case's officers or the posts the kind allows,
/// with two certificated officers, every head the kind requires and a body; one audited
/// transaction each; the signed scan filed back as the transcript's signed copy.
@Suite struct TranscriptRepositoryTests {
    static func kinds() throws -> [TranscriptKind] {
        let url = StoreFixture.root.appendingPathComponent("Resources/transcripts/transcripts.yaml")
        let parsed = TranscriptKindsParser.parse(SourceFile(path: "transcripts.yaml", text: try String(contentsOf: url, encoding: .utf8)))
        return try #require(parsed.kinds, "\(parsed.diagnostics)")
    }

    static func inquiry(officers: [String] = ["handler", "handler2"], body: String = "问：你是否组织了该活动？\n答：是的。") -> TranscriptDraft {
        TranscriptDraft(kind: "询问笔录", heads: ["started": "2026-03-16 08:00", "ended": "2026-03-16 08:45", "place": "本局三楼询问室",
                                              "person": "李芳", "identity": "320602198503120028", "relation": "当事人"],
                        officers: officers, recorder: "handler2", body: body)
    }

    /// CF2026000002 is under investigation; the handler opened it, the chief filed it.
    static let caseID = "CF2026000002"

    @Test func anOfficerOfTheCaseWritesOneAuditedInOneTransaction() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let handler = try #require(try store.users.actor("handler"))
        let repository = TranscriptRepository(store: store)
        let before = try store.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
        let written = try repository.add(Self.inquiry(), to: Self.caseID, kinds: try Self.kinds(), by: handler)
        #expect(written.sheet.kind.code == "inquiry")
        #expect(written.sheet.sequence == 1)
        #expect(written.sheet.officers.map(\.certificate) == ["32060020260001", "32060020260002"])
        #expect(written.sheet.recorderName.contains("handler2"))
        #expect(written.sheet.heads["identity"] == "320602198503120028")
        let second = try repository.add(Self.inquiry(), to: Self.caseID, kinds: try Self.kinds(), by: handler)
        #expect(second.sheet.sequence == 2)
        #expect(second.number == written.number + 1)
        #expect(try repository.list(Self.caseID).map(\.number) == [written.number, second.number])
        let audited = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT kind FROM audit WHERE seq > ? ORDER BY seq", arguments: [before])
        }
        #expect(audited == ["transcript.written", "transcript.written"])
        #expect(try store.verify().isIntact)
    }

    @Test func aHandlerWhoHasNotActedMayWriteAtAStepOfTheirPost() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let handler2 = try #require(try store.users.actor("handler2"))
        let written = try TranscriptRepository(store: store).add(Self.inquiry(), to: Self.caseID, kinds: try Self.kinds(), by: handler2)
        #expect(written.writtenBy == "handler2")
    }

    @Test func badInputIsRefusedSayingWhatIsWrongAndNothingIsStored() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let repository = TranscriptRepository(store: store)
        let kinds = try Self.kinds()
        let handler = try #require(try store.users.actor("handler"))
        func refusal(_ draft: TranscriptDraft, by actor: Actor) -> String {
            do {
                _ = try repository.add(draft, to: Self.caseID, kinds: kinds, by: actor)
                return "stored"
            } catch let rejection as Rejection {
                return rejection.text(.zh)
            } catch {
                return "\(error)"
            }
        }
        var unknown = Self.inquiry()
        unknown.kind = "调查笔录"
        #expect(refusal(unknown, by: handler).contains("没有“调查笔录”这种笔录；可写的笔录：询问笔录、现场检查笔录、听证笔录"))
        var missing = Self.inquiry()
        missing.heads["place"] = "  "
        #expect(refusal(missing, by: handler).contains("询问笔录缺少“询问地点”"))
        #expect(refusal(Self.inquiry(body: " \n "), by: handler).contains("笔录正文是空的"))
        #expect(refusal(Self.inquiry(officers: ["handler"]), by: handler).contains("不少于 2 名持有效执法证的执法人员"))
        #expect(refusal(Self.inquiry(officers: ["handler", "clerk"]), by: handler).contains("clerk 不是持有效执法证的执法人员"))
        var backwards = Self.inquiry()
        backwards.heads["ended"] = "2026-03-16 07:30"
        #expect(refusal(backwards, by: handler).contains("早于“询问开始时间”"))
        var future = Self.inquiry()
        future.heads["ended"] = "2026-03-16 10:00"
        #expect(refusal(future, by: handler).contains("在今天之后"))
        var badIdentity = Self.inquiry()
        badIdentity.heads["identity"] = "320602198503120027"
        #expect(refusal(badIdentity, by: handler).contains("不是有效的身份证件号码"))
        // The window clerk is no officer of the case and holds no post the kind allows.
        let clerk = try #require(try store.users.actor("clerk"))
        #expect(refusal(Self.inquiry(), by: clerk).contains("只有办理本案的执法人员或承办人、科长/处长岗位可以制作询问笔录"))
        let monitor = try #require(try store.users.actor("monitor"))
        #expect(refusal(Self.inquiry(), by: monitor).contains("只读岗位不能制作笔录"))
        #expect(try repository.list(Self.caseID).isEmpty)
        #expect(try store.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind LIKE 'transcript.%'") } == 0)
    }

    @Test func theSignedScanIsFiledAsTheTranscriptsSignedCopy() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let handler = try #require(try store.users.actor("handler"))
        let repository = TranscriptRepository(store: store)
        let written = try repository.add(Self.inquiry(), to: Self.caseID, kinds: try Self.kinds(), by: handler)
        #expect(written.signed == nil)
        let scan = Data("%PDF-1.4\n签字件扫描".utf8)
        #expect(throws: StorageError.self) {
            try repository.attachSigned(Data([0x4D, 0x5A, 0x90, 0x00]), name: "签字.pdf", to: written.number, caseID: Self.caseID, by: handler)
        }
        #expect(throws: StorageError.self) {
            try repository.attachSigned(scan, name: "签字.pdf", to: written.number, caseID: "CF2026000001", by: handler)
        }
        let signed = try repository.attachSigned(scan, name: "签字.pdf", to: written.number, caseID: Self.caseID, by: handler)
        #expect(signed.signed?.kind == .pdf)
        #expect(signed.signed?.name == "签字.pdf")
        #expect(try store.attachments.data(try #require(signed.signed?.sha256)) == scan)
        // The archive takes the scan for this one and the generated printout for an unsigned one.
        _ = try repository.add(Self.inquiry(), to: Self.caseID, kinds: try Self.kinds(), by: handler)
        let files = try repository.archiveFiles(Self.caseID) { _ in Data("%PDF-generated".utf8) }
        #expect(files.count == 2)
        #expect(files[0].data == nil && files[0].file.sha256 == signed.signed?.sha256)
        #expect(files[0].file.entry.contains("签字件"))
        #expect(files[1].data == Data("%PDF-generated".utf8))
        #expect(files[1].file.entry.contains("未附签字件"))
        #expect(try store.verify().isIntact)
    }

    @Test func aTranscriptChangedOutsidePowerDeskIsFoundByTheAudit() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let handler = try #require(try store.users.actor("handler"))
        let written = try TranscriptRepository(store: store).add(Self.inquiry(), to: Self.caseID, kinds: try Self.kinds(), by: handler)
        #expect(try store.verify().isIntact)
        try store.database.write { db in
            try db.execute(sql: "UPDATE case_transcript SET sheet = replace(sheet, '答：是的。', '答：不是。') WHERE id = ?", arguments: [written.number])
        }
        let verdict = try store.verify()
        #expect(!verdict.isIntact)
        #expect(verdict.problem?.reason.text(.zh).contains("第 \(written.number) 号笔录（案件 \(Self.caseID)）与其审计记录不符") == true,
                "\(verdict.problem?.reason.text(.zh) ?? "intact")")
    }
}
