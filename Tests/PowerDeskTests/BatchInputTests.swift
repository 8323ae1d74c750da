import Foundation
import Testing

/// `powerdesk batch` against hostile input: absurd counts, huge and malformed lines, a password
/// file that never ends, and text meant to disguise the output (issue 11).
@Suite struct BatchInputTests {
    static func materialsLine(_ caseID: String, _ count: String) -> String {
        "{\"op\":\"materials\",\"case\":\"\(caseID)\",\"materials\":{\"safety-plan\":\(count)}}"
    }

    @Test func aCountNearIntMaxIsRefusedAndTheCaseStillTakesMaterials() throws {
        try BinaryHarness.withTemporaryDirectory("bounds") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            var materials = BinaryHarness.openLicenceLine(request: "b-1", subject: "边界")
            materials = materials.replacingOccurrences(of: "\"safety-plan\":1", with: "\"safety-plan\":\(Int.max)")
            let opened = try BinaryHarness.batch([BinaryHarness.openLicenceLine(request: "b-0", subject: "边界"), materials], user: "clerk", database: database)
            let results = try BatchResult.decode(opened.lines)
            try #require(results.count == 2, "\(opened.out) \(opened.err)")
            #expect(results[0].ok && !results[1].ok)
            #expect(results[1].errors?.first?.contains("上限") == true)
            let caseID = try #require(results[0].case)

            let run = try BinaryHarness.run(["batch", "-", "--user", "clerk", "--db", database.path, "--lang", "en"],
                                            environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword],
                                            input: [Self.materialsLine(caseID, "\(Int.max - 1)"), Self.materialsLine(caseID, "1"),
                                                    Self.materialsLine(caseID, "1000")].joined(separator: "\n"))
            #expect(run.exited(1), "a refused line exits 1, the process does not crash: \(run.status) \(run.err)")
            let added = try BatchResult.decode(run.lines)
            try #require(added.count == 3)
            #expect(!added[0].ok && added[1].ok && !added[2].ok)
            #expect(added[0].errors == ["the count of material \"安全工作方案和突发事件应急预案\" (\(Int.max - 1)) is above the limit: at most 1000 copies of each material"])
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func anOversizeLineIsRefusedWithItsNumberAndTheNextLinesRunInLinearTime() throws {
        try BinaryHarness.withTemporaryDirectory("long") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let file = directory.appendingPathComponent("lines.jsonl")
            var data = Data(BinaryHarness.openLicenceLine(request: "l-1", subject: "前").utf8 + [0x0A])
            // 24 MiB on one line: quadratic reading took minutes for this; 2 MiB more on the next.
            data.append(Data(repeating: UInt8(ascii: "x"), count: 24 << 20))
            data.append(0x0A)
            data.append(Data(repeating: UInt8(ascii: " "), count: 2 << 20))
            data.append(0x0A)
            data.append(Data(BinaryHarness.openLicenceLine(request: "l-2", subject: "后").utf8))
            try data.write(to: file)
            let started = Date()
            let run = try BinaryHarness.run(["batch", file.path, "--user", "clerk", "--db", database.path],
                                            environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword], timeout: 120)
            let elapsed = Date().timeIntervalSince(started)
            #expect(elapsed < 30, "26 MiB took \(elapsed) s")
            #expect(run.exited(1))
            let results = try BatchResult.decode(run.lines)
            try #require(results.count == 4, "\(run.out) \(run.err)")
            #expect(results.map(\.line) == [1, 2, 3, 4])
            #expect(results.map(\.ok) == [true, false, false, true])
            #expect(results[1].errors == ["第 2 行超过 1 MiB 的长度上限，未执行"])
            #expect(results[2].errors == ["第 3 行超过 1 MiB 的长度上限，未执行"])
        }
    }

    @Test func invalidUTF8IsRefusedWithTheLineNumberNotStoredAsReplacementCharacters() throws {
        try BinaryHarness.withTemporaryDirectory("utf8") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            var line = Data(BinaryHarness.openLicenceLine(request: "u-1", subject: "SUBJECT").utf8)
            let marker = try #require(line.range(of: Data("SUBJECT".utf8)))
            line.replaceSubrange(marker, with: [0x41, 0xFF, 0xFE, 0x42])
            let file = directory.appendingPathComponent("bad.jsonl")
            try (Data("\n".utf8) + line + Data("\n".utf8)).write(to: file)
            let run = try BinaryHarness.run(["batch", file.path, "--user", "clerk", "--db", database.path, "--lang", "en"],
                                            environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword])
            #expect(run.exited(1))
            let results = try BatchResult.decode(run.lines)
            #expect(results.count == 1)
            #expect(results.first?.line == 2)
            #expect(results.first?.errors?.first?.hasPrefix("line 2 is not valid UTF-8") == true)
            #expect(try BinaryHarness.value(database, "SELECT COUNT(*) FROM request WHERE id = 'u-1'") == "0")
        }
    }

    @Test func theOutputIsValidJSONWhateverTheInputHolds() throws {
        try BinaryHarness.withTemporaryDirectory("json") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let hostile = "a\u{202E}b\u{2066}c\u{0085}d\u{009B}e\u{2028}f\u{2029}g\u{1B}[2Jh\u{7F}i\u{200F}"
            let encoded = try JSONSerialization.data(withJSONObject: ["op": hostile], options: [])
            let run = try BinaryHarness.run(["batch", "-", "--user", "clerk", "--db", database.path],
                                            environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword],
                                            input: String(decoding: encoded, as: UTF8.self))
            #expect(run.exited(1))
            let line = try #require(run.lines.first)
            #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F || $0.value > 0x9F && ![0x2028, 0x2029, 0x202E, 0x2066, 0x200F].contains($0.value) },
                    "raw controls in \(line.debugDescription)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let errors = try #require(object["errors"] as? [String])
            #expect(errors.first?.contains(hostile) == true, "the text comes back exactly, escaped: \(errors)")
        }
    }

    @Test func aBatchFileThatCannotBeReadSaysSo() throws {
        try BinaryHarness.withTemporaryDirectory("dirfile") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let run = try BinaryHarness.run(["batch", directory.path, "--user", "clerk", "--db", database.path],
                                            environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword])
            #expect(run.exited(1), "\(run.status) \(run.err)")
            #expect(run.err.contains("无法读取批处理文件 \(directory.path)"))
        }
    }

    @Test func aPasswordFileThatNeverEndsIsRefusedAtOnce() throws {
        try BinaryHarness.withTemporaryDirectory("pwfile") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let started = Date()
            let run = try BinaryHarness.run(["batch", "-", "--user", "clerk", "--db", database.path, "--password-file", "/dev/zero"], timeout: 30)
            #expect(Date().timeIntervalSince(started) < 10)
            #expect(run.exited(2))
            #expect(run.err.contains("密码文件 /dev/zero 超过 4096 字节"))
            let file = directory.appendingPathComponent("pw")
            try Data("demo\n".utf8).write(to: file)
            let fine = try BinaryHarness.run(["batch", "-", "--user", "clerk", "--db", database.path, "--password-file", file.path])
            #expect(fine.exited(0), "\(fine.err)")
        }
    }
}
