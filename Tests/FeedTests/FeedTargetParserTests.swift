import Localization
import Testing
@testable import Feed

/// The `feed:` section: targets as written, every mistake named, and no password anywhere in it.
@Suite struct FeedTargetParserTests {
    @Test func targetsAreReadWithTheirDefaults() throws {
        let targets = try FeedTargetParser.parse([
            "hall": ["kind": "postgres", "conninfo": "host=/run/pg dbname=exchange user=powerdesk", "passfile": "/etc/powerdesk/feed.pgpass", "batch": 500],
            "drop": ["kind": "directory", "path": "/srv/exchange"],
        ] as [String: Any])
        #expect(targets.map(\.name) == ["drop", "hall"])
        #expect(targets[1].kind == .postgres && targets[1].batch == 500 && targets[1].passfile == "/etc/powerdesk/feed.pgpass")
        #expect(targets[0].kind == .directory && targets[0].batch == 5000 && targets[0].timeout == 30 && targets[0].attempts == 3)
    }

    @Test func mistakesAreNamed() {
        let cases: [([String: Any], String)] = [
            (["hall": ["kind": "oracle"]], "oracle"),
            (["hall": ["kind": "postgres"]], "conninfo"),
            (["hall": ["kind": "directory"]], "path"),
            (["hall": ["kind": "directory", "path": "/x", "bacth": 5]], "bacth"),
            (["hall": ["kind": "directory", "path": "/x", "batch": 0]], "batch"),
        ]
        for (value, named) in cases {
            do {
                _ = try FeedTargetParser.parse(value)
                Issue.record("accepted \(value)")
            } catch let message as Message {
                #expect(message.text(.zh).contains(named) && message.text(.zh).contains("hall"), "\(message.text(.zh))")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func aPasswordInTheConnectionStringIsRefused() {
        #expect(FeedTargetParser.containsPassword("host=x password=secret"))
        #expect(FeedTargetParser.containsPassword("host=x  PASSWORD = secret"))
        #expect(FeedTargetParser.containsPassword("postgresql://feed:secret@db.example/exchange"))
        #expect(FeedTargetParser.containsPassword("postgresql://db.example/exchange?password=secret"))
        #expect(!FeedTargetParser.containsPassword("host=x user=feed passfile=/etc/p"))
        #expect(!FeedTargetParser.containsPassword("postgresql://feed@db.example/exchange"))
        #expect(throws: Message.self) {
            try FeedTargetParser.parse(["hall": ["kind": "postgres", "conninfo": "host=x password=secret"]] as [String: Any])
        }
    }
}
