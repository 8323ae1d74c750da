import Documents
import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The public site from a real demo database: query codes drawn and audited at opening and printed
/// on the notices, secret marks by the allowed posts only, a site that names no person in full and
/// carries no identity number, and incremental runs that rewrite only what changed.
@Suite(.serialized) struct PublicSiteTests {
    static func files(under root: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found
    }

    static func text(of root: URL) -> String {
        files(under: root).compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
    }

    @Test func everyCaseGetsAnAuditedQueryCodePrintedOnItsAcceptanceNotice() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let caseIDs = try store.database.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\"") }
        #expect(!caseIDs.isEmpty)
        var codes: Set<String> = []
        for caseID in caseIDs {
            let code = try #require(try store.queryCode(of: caseID))
            codes.insert(code)
            let digest = ChainDigest.hex(of: code.replacingOccurrences(of: "-", with: ""))
            let audited = try store.database.read {
                try String.fetchOne($0, sql: "SELECT body FROM audit WHERE kind = 'case.query-code' AND case_id = ?", arguments: [caseID])
            }
            #expect(audited?.contains(digest) == true)
            #expect(audited?.contains(code.replacingOccurrences(of: "-", with: "")) == false)
            for document in try store.cases.documents(caseID) where document.type == "acceptance-notice" {
                #expect(document.body?.contains("查询码：\(code)") == true, "\(caseID)")
            }
        }
        #expect(codes.count == caseIDs.count)
        #expect(try store.verify().isIntact)
    }

    @Test func onlyTheNamedPostsMarkACaseSecretWithAReasonAndItLeavesTheSite() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let out = fixture.directory.appendingPathComponent("site")
        _ = try store.publish(to: out.path)
        let caseID = try #require(try store.database.read { try String.fetchOne($0, sql: "SELECT case_id FROM case_public ORDER BY n LIMIT 1") })
        #expect(Self.text(of: out).contains(caseID))

        for user in ["clerk", "handler", "chief", "admin", "monitor"] {
            #expect(throws: StorageError.self) { try store.markSecret(caseID, reason: "涉及国家秘密", by: user) }
        }
        #expect(throws: StorageError.self) { try store.markSecret(caseID, reason: "  ", by: "legal") }
        #expect(throws: StorageError.self) { try store.markSecret("XK2099999999", reason: "涉及国家秘密", by: "legal") }
        let before = try store.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE kind = 'case.secret'") }
        #expect(before == 0)

        try store.markSecret(caseID, reason: "涉及国家秘密", by: "leader")
        #expect(throws: StorageError.self) { try store.markSecret(caseID, reason: "再次", by: "legal") }
        let audit = try store.database.read { try String.fetchAll($0, sql: "SELECT body FROM audit WHERE kind = 'case.secret'") }
        #expect(audit.count == 1 && audit[0].contains("涉及国家秘密") && audit[0].contains("第十四条"))

        let report = try store.publish(to: out.path)
        #expect(report.statusRemoved == 1)
        #expect(!Self.text(of: out.appendingPathComponent("current")).contains(caseID))
        #expect(!Self.text(of: out.appendingPathComponent("pages")).contains(caseID))
        #expect(!Self.text(of: out.appendingPathComponent("status")).contains(caseID))
        #expect(try store.verify().isIntact)
    }

    @Test func theSiteNamesNoPersonInFullAndCarriesNoIdentityNumberOrAddress() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let out = fixture.directory.appendingPathComponent("site")
        _ = try store.publish(to: out.path)
        let site = Self.text(of: out)
        let caseIDs = try store.database.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\"") }
        var persons = 0
        for caseID in caseIDs {
            let party = try store.cases.load(caseID).party
            #expect(site.contains(caseID))
            #expect(!site.contains(party.address), "\(caseID) address")
            if !party.contact.isEmpty { #expect(!site.contains(party.contact), "\(caseID) contact") }
            if party.kind == .person {
                persons += 1
                #expect(!site.contains(party.identity.value), "\(caseID) identity number")
                #expect(!site.contains(party.name), "\(caseID) full name")
                #expect(site.contains(NameMask.person(party.name)))
            }
        }
        #expect(persons > 0, "the demo has persons among its parties")
    }

    @Test func aSecondRunChangesNothingAndOneChangeRewritesOnlyItsPages() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let out = fixture.directory.appendingPathComponent("site")
        let first = try store.publish(to: out.path)
        #expect(first.full && first.statusWritten > 0 && first.listingPages == 1 && first.smallPages > 40)
        let current = try FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("current").path)

        let again = try store.publish(to: out.path)
        #expect(again.changedNothing, "\(again)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("current").path) == current)

        let opened = try store.cases.open(try StoreFixture.licenceDraft(), by: StoreFixture.clerk, requestID: nil)
        let code = try #require(try store.queryCode(of: opened.state.id))
        let third = try store.publish(to: out.path)
        #expect(!third.full && third.statusWritten == 1 && third.listingPages == 1 && third.smallPages > 0, "\(third)")
        let path = try #require(PublicCaseRow.statusPath(serial: opened.state.id, code: QueryCode(code)))
        let page = try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
        #expect(page.contains(opened.state.id) && page.contains("南通市某寺"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("current").path) != current)
    }
}
