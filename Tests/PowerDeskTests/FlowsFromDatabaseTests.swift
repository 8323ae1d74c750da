import Foundation
import Storage
import Testing
import Workflow

/// `flows list` and `flows show` with `--db` describe the version in force in that database, not
/// the shipped files: after a confirmed change they show the change.
@Suite struct FlowsFromDatabaseTests {
    @Test func aConfirmedChangeIsWhatFlowsListShows() throws {
        try BinaryHarness.withTemporaryDirectory("flows-db") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let store = try PowerDeskStore.open(at: database.path)
            let (version, _) = try store.definitions.activeSet()
            let sources = try store.definitions.sources(version: version).map { source in
                source.path.hasSuffix("320600-XK-001.yaml")
                    ? SourceFile(path: source.path, text: source.text.replacingOccurrences(of: "name: 举办大型宗教活动许可", with: "name: 举办大型宗教活动审批"))
                    : source
            }
            let draft = try store.definitions.proposeDraft(sources, note: "更名", lawChangedOn: nil, by: Actor(userID: "admin", name: "吴管理", posts: ["admin"]))
            try store.definitions.confirm(draft, by: Actor(userID: "legal", name: "周法制", posts: ["legal"]))
            try store.database.pool.close()

            let fromDatabase = try BinaryHarness.run(["flows", "list", "--db", database.path])
            #expect(fromDatabase.exited(0), "\(fromDatabase.err)")
            #expect(fromDatabase.out.contains("举办大型宗教活动审批"))
            let shown = try BinaryHarness.run(["flows", "show", "320600-XK-001", "--db", database.path])
            #expect(shown.out.contains("举办大型宗教活动审批"))
            let shipped = try BinaryHarness.run(["flows", "list"])
            #expect(shipped.out.contains("举办大型宗教活动许可"))
        }
    }
}
