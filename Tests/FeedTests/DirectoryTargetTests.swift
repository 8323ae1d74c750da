import Crypto
import Foundation
import Localization
import Testing
@testable import Feed
import Storage

/// The directory drop: numbered files, manifests whose hashes match the files, a `.done` marker
/// last, an interrupted batch written again whole, and a drop edited by hand not resumed from.
@Suite struct DirectoryTargetTests {
    static func records(_ range: ClosedRange<Int64>) -> [OutboxRecord] {
        range.map { seq in
            OutboxRecord(seq: seq, kind: "case", key: "XK2026\(seq)", caseID: "XK2026\(seq)", atMilliseconds: 1_773_622_800_000 + seq,
                         payload: "{\"serial\":\"XK2026\(seq)\",\"subject\":\"法会\\n第\(seq)场\"}", hash: String(repeating: "a", count: 64))
        }
    }

    func withDirectory(_ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-drop-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test func batchesAreNumberedWithManifestsAndMarkers() throws {
        try withDirectory { path in
            let target = DirectoryTarget(FeedTargetConfig(name: "drop", kind: .directory, path: path))
            #expect(try target.open().delivered == 0)
            #expect(try target.deliver(Self.records(1...3), after: 0, retrying: [], auditHead: "9:abc").delivered == 3)
            #expect(try target.deliver(Self.records(4...4), after: 3, retrying: [], auditHead: "10:def").delivered == 4)
            let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            #expect(names == ["00000001.done", "00000001.jsonl", "00000001.manifest.json", "00000002.done", "00000002.jsonl", "00000002.manifest.json"])
            for batch in 1...2 {
                let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(path)/0000000\(batch).manifest.json"))) as? [String: Any])
                let file = try #require((manifest["files"] as? [[String: Any]])?.first)
                let data = try Data(contentsOf: URL(fileURLWithPath: "\(path)/\(try #require(file["name"] as? String))"))
                let recomputed = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
                #expect(file["sha256"] as? String == recomputed)
                let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
                #expect(lines.count == file["records"] as? Int)
                for line in lines {
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    #expect((object["payload"] as? [String: Any])?["serial"] as? String != nil, "each line is one JSON object with its payload")
                }
            }
            #expect(try DirectoryTarget(FeedTargetConfig(name: "drop", kind: .directory, path: path)).open().delivered == 4, "the cursor is the last finished batch")
        }
    }

    @Test func anInterruptedBatchIsWrittenAgainWhole() throws {
        try withDirectory { path in
            let target = DirectoryTarget(FeedTargetConfig(name: "drop", kind: .directory, path: path))
            _ = try target.open()
            _ = try target.deliver(Self.records(1...2), after: 0, retrying: [], auditHead: nil)
            // A run killed after its data file and manifest, before the marker.
            try Data("half".utf8).write(to: URL(fileURLWithPath: "\(path)/00000002.jsonl"))
            try Data("{}".utf8).write(to: URL(fileURLWithPath: "\(path)/00000002.manifest.json"))
            try Data().write(to: URL(fileURLWithPath: "\(path)/.00000003.jsonl.tmp"))
            let again = DirectoryTarget(FeedTargetConfig(name: "drop", kind: .directory, path: path))
            #expect(try again.open().delivered == 2)
            #expect(try FileManager.default.contentsOfDirectory(atPath: path).sorted() == ["00000001.done", "00000001.jsonl", "00000001.manifest.json"])
            #expect(try again.deliver(Self.records(3...5), after: 2, retrying: [], auditHead: nil).delivered == 5)
            #expect(try DirectoryTarget(FeedTargetConfig(name: "drop", kind: .directory, path: path)).open().delivered == 5)
        }
    }

    @Test func aDropEditedByHandIsNotResumedFrom() throws {
        try withDirectory { path in
            let target = DirectoryTarget(FeedTargetConfig(name: "drop", kind: .directory, path: path))
            _ = try target.open()
            _ = try target.deliver(Self.records(1...2), after: 0, retrying: [], auditHead: nil)
            try Data("{\"seq\":1}\n".utf8).write(to: URL(fileURLWithPath: "\(path)/00000001.jsonl"))
            do {
                _ = try DirectoryTarget(FeedTargetConfig(name: "drop", kind: .directory, path: path)).open()
                Issue.record("a changed file was resumed from")
            } catch let error as FeedError {
                #expect(!error.retryable && error.message.text(.zh).contains("清单"))
            }
        }
    }

    @Test func controlCharactersInKeysAreEscaped() {
        var bytes: [UInt8] = []
        DirectoryTarget.appendLine(OutboxRecord(seq: 1, kind: "k\"\\", key: "a\nb\u{1}", caseID: nil, atMilliseconds: 0, payload: "{}", hash: "h"), to: &bytes)
        let line = String(decoding: bytes, as: UTF8.self)
        #expect(line == "{\"seq\":1,\"kind\":\"k\\\"\\\\\",\"key\":\"a\\u000ab\\u0001\",\"case\":null,\"atMs\":0,\"hash\":\"h\",\"payload\":{}}\n")
    }
}
