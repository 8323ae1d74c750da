import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// A whole run makes the listing pages from the rows as it streams them; an incremental run reads
/// each page's rows again. Both must give the same bytes: after a whole run, every row is marked
/// changed and an incremental run rewrites every status and listing page, which must come out
/// byte for byte as the whole run wrote them (the demo's clock is fixed, so the time agrees too).
@Suite struct WholePublishBytesTests {
    static func contents(_ root: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        for folder in ["pages", "status"] {
            let base = root.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                found[folder + url.path.dropFirst(base.path.count)] = try Data(contentsOf: url)
            }
        }
        return found
    }

    @Test func aWholeRunAndAnIncrementalRunOfEveryCaseWriteTheSameBytes() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        // A secret case among them, so that the listing's filter is exercised both ways.
        let secret = try #require(try store.database.read { try String.fetchOne($0, sql: "SELECT case_id FROM case_public ORDER BY n LIMIT 1 OFFSET 3") })
        try store.markSecret(secret, reason: "涉及国家秘密", by: "legal")
        let site = fixture.directory.appendingPathComponent("site")
        let whole = try store.publish(to: site.path)
        #expect(whole.full && whole.listingPages >= 1 && whole.statusWritten > 10)
        let before = try Self.contents(site)

        try store.database.write { db in
            try db.execute(sql: "UPDATE case_public SET change_seq = change_seq + (SELECT MAX(change_seq) FROM case_public)")
        }
        let again = try store.publish(to: site.path)
        #expect(!again.full && again.listingPages == whole.listingPages && again.statusWritten == whole.statusWritten, "\(again)")
        let after = try Self.contents(site)
        #expect(before.count == after.count && before.keys.contains { $0.hasSuffix(".json") })
        for (path, data) in before { #expect(after[path] == data, "\(path) differs") }
    }
}
