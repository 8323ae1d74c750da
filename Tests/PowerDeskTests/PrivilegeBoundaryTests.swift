import Foundation
import Storage
import Testing

/// The security boundary of issue 11: the binary installed setgid to a group that alone may open
/// the data directory. A throw-away Unix account, outside that group, cannot open the database
/// with `sqlite3`, yet works through `powerdesk` as the PowerDesk user of its own name; it cannot
/// redirect the binary, act as anyone else, or make a program it starts use the privilege.
@Suite(.serialized) struct PrivilegeBoundaryTests {
    static let decision = "通民宗罚决字〔2026〕1号"
    static let password = "second-factor-1"

    /// An installation in a temporary root, as `make install` and the package's postinst lay it
    /// out: bin/powerdesk setgid to the group, share/powerdesk, etc/powerdesk/powerdesk.yaml naming
    /// the database in data/ (root:group 0770, the file 0660).
    struct Installation {
        let root: URL
        var binary: String { root.appendingPathComponent("bin/powerdesk").path }
        var database: String { root.appendingPathComponent("data/powerdesk.sqlite").path }
        var output: URL { root.appendingPathComponent("out") }
        var fakeBin: URL { root.appendingPathComponent("fakebin") }
        var lpReport: String { output.appendingPathComponent("lp-report").path }
    }

    @Test func anOfficerWorksThroughTheSetgidBinaryButCannotOpenTheDatabase() throws {
        try ThrowawayAccount.with { account in
            try BinaryHarness.withTemporaryDirectory("setgid") { directory in
                let installation = try Self.install(in: directory, for: account)
                let environment = [
                    "PATH": "\(installation.fakeBin.path):/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent",
                    // Each of these would redirect the binary if it honoured them.
                    "POWERDESK_DB": directory.appendingPathComponent("elsewhere.sqlite").path,
                    "POWERDESK_FLOWS": "/nonexistent/flows", "POWERDESK_CALENDAR": "/nonexistent/calendar",
                    "POWERDESK_FONT": "/nonexistent/font.ttf", "POWERDESK_OUTPUT": "/nonexistent/out",
                    "POWERDESK_PRINTER": "office",
                ]

                // The account cannot open the file, nor read it.
                let direct = try account.run(BinaryHarness.sqlite3.path, ["-batch", installation.database, "SELECT COUNT(*) FROM user"], environment: environment)
                #expect(!direct.exited(0), "sqlite3 opened the database as \(account.user): \(direct.out)")
                #expect(direct.err.contains("unable to open database"), "\(direct.err)")
                let read = try account.run("/bin/cat", [installation.database], environment: environment)
                #expect(!read.exited(0))

                // Through the binary it verifies the audit trail, on the configured database.
                let verified = try account.run(installation.binary, ["audit", "verify"], environment: environment)
                #expect(verified.exited(0), "audit verify as \(account.user): \(verified.err)")
                #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("elsewhere.sqlite").path))

                // And works: a batch operation as itself, with no password (the Unix account is the user).
                let line = BinaryHarness.openLicenceLine(request: "setgid-1", subject: "浴佛法会")
                let batch = try account.run(installation.binary, ["batch", "-", "--user", account.user], environment: environment, input: line)
                #expect(batch.exited(0), "batch as \(account.user): \(batch.out) \(batch.err)")
                #expect(batch.out.contains("\"ok\":true"), "\(batch.out)")
                let recorded = try BinaryHarness.value(URL(fileURLWithPath: installation.database),
                                                       "SELECT COUNT(*) FROM audit WHERE user_id = '\(account.user)' AND case_id IS NOT NULL")
                #expect((Int(recorded) ?? 0) > 0, "no audited operation by \(account.user)")

                // It acts only as itself, on the configured database only, and cannot copy it.
                let other = try account.run(installation.binary, ["batch", "-", "--user", "leader"], environment: environment, input: line)
                #expect(other.exited(1))
                #expect(other.err.contains("只能以本人身份办理"), "\(other.err)")
                let elsewhere = try account.run(installation.binary, ["audit", "verify", "--db", directory.appendingPathComponent("x.sqlite").path], environment: environment)
                #expect(elsewhere.exited(2))
                #expect(elsewhere.err.contains("--db"), "\(elsewhere.err)")
                let backup = try account.run(installation.binary, ["backup", installation.output.appendingPathComponent("copy.sqlite").path], environment: environment)
                #expect(backup.exited(1))
                #expect(!FileManager.default.fileExists(atPath: installation.output.appendingPathComponent("copy.sqlite").path))

                // A file it makes is its own, group included; a file only the group may write is refused.
                let pdf = installation.output.appendingPathComponent("decision.pdf")
                let written = try account.run(installation.binary, ["doc", "pdf", Self.decision, "-o", pdf.path], environment: environment)
                #expect(written.exited(0), "doc pdf: \(written.err)")
                let attributes = try FileManager.default.attributesOfItem(atPath: pdf.path)
                #expect((attributes[.ownerAccountID] as? NSNumber)?.uint32Value == account.uid)
                #expect((attributes[.groupOwnerAccountID] as? NSNumber)?.uint32Value == account.gid, "the PDF belongs to the privileged group")
                let overwrite = try account.run(installation.binary, ["doc", "pdf", Self.decision, "-o", installation.database], environment: environment)
                #expect(overwrite.exited(1))
                #expect(try BinaryHarness.verify(URL(fileURLWithPath: installation.database)).exited(0))

                // A program it starts (lp) runs without the privilege: it cannot read the database.
                let printed = try account.run(installation.binary, ["doc", "print", Self.decision, "--user", account.user], environment: environment)
                #expect(printed.exited(0), "doc print: \(printed.out) \(printed.err)")
                let report = try #require(try? String(contentsOfFile: installation.lpReport, encoding: .utf8), "lp was not run: \(printed.out)").split(separator: "\n").map(String.init)
                #expect(report.first == String(account.gid), "lp ran with effective group \(report.first ?? "?")")
                #expect(report.last == "denied", "lp could read the database: \(report)")
                let printouts = try FileManager.default.contentsOfDirectory(atPath: installation.output.appendingPathComponent("printouts").path)
                #expect(printouts.contains { $0.hasSuffix(".pdf") })

                // The desk opens signed in as the account, with no login screen; the admin's editor
                // runs without the privilege, on a copy the account owns. (The desk starts it through
                // /bin/sh -c, which on Debian drops a setgid group by itself too; the desk drops it first.)
                let editor = installation.fakeBin.appendingPathComponent("editor")
                let editorReport = installation.output.appendingPathComponent("editor-report").path
                let editorScript = "#!/bin/sh -p\n{ id -g; stat -c %u:%g \"$1\"; if cat '\(installation.database)' >/dev/null 2>&1; then echo readable; else echo denied; fi; } > '\(editorReport)'\n"
                try Data(editorScript.utf8).write(to: editor)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
                let desk = try TmuxSession(command: ["/usr/sbin/runuser", "-u", account.user, "--", installation.binary], width: 120, height: 40,
                                           environment: ["HOME": "/nonexistent", "POWERDESK_DB": "/nonexistent/x.sqlite", "EDITOR": editor.path])
                defer { desk.kill() }
                let screen = try desk.waitFor("临时科员")
                #expect(!screen.contains("用户登录"))
                try desk.press("c")
                try desk.waitFor("事项目录与变更申请")
                for _ in 0..<8 { try desk.press("PageDown") }
                try desk.waitFor("320600-XK-001")
                try desk.press("e")
                try desk.waitFor("未作修改")
                try desk.press("q")
                let edited = try #require(try? String(contentsOfFile: editorReport, encoding: .utf8), "the editor did not run").split(separator: "\n").map(String.init)
                #expect(edited == [String(account.gid), "\(account.uid):\(account.gid)", "denied"], "editor: \(edited)")

                // Where the bureau wants a second factor, the account's PowerDesk password is asked too.
                let configuration = directory.appendingPathComponent("etc/powerdesk/powerdesk.yaml")
                try Data((try String(contentsOf: configuration, encoding: .utf8) + "require-password: true\n").utf8).write(to: configuration)
                let second = BinaryHarness.openLicenceLine(request: "setgid-2", subject: "浴佛法会")
                let withoutPassword = try account.run(installation.binary, ["batch", "-", "--user", account.user], environment: environment, input: second)
                #expect(withoutPassword.exited(2), "\(withoutPassword.out) \(withoutPassword.err)")
                var withPassword = environment
                withPassword["POWERDESK_PASSWORD"] = Self.password
                let signed = try account.run(installation.binary, ["batch", "-", "--user", account.user], environment: withPassword, input: second)
                #expect(signed.exited(0), "\(signed.out) \(signed.err)")
            }
        }
    }

    /// Lays out the installation, makes the demo database with a PowerDesk user named like the
    /// account, and gives the data to root and the group only.
    static func install(in directory: URL, for account: ThrowawayAccount) throws -> Installation {
        let installation = Installation(root: directory)
        let manager = FileManager.default
        var volume = statvfs()
        try #require(statvfs(directory.path, &volume) == 0 && volume.f_flag & UInt(ST_NOSUID) == 0,
                     "\(directory.path) is on a filesystem mounted nosuid, where a setgid binary cannot be tried; set TMPDIR to another")
        let group = try account.groupID()
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        for folder in ["bin", "share/powerdesk", "etc/powerdesk", "data", "fakebin"] {
            try manager.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        try manager.copyItem(atPath: BinaryHarness.binary.path, toPath: installation.binary)
        try #require(chown(installation.binary, 0, group) == 0 && chmod(installation.binary, 0o2755) == 0, "could not make the binary setgid")
        for name in ["flows", "calendar"] {
            try manager.copyItem(at: BinaryHarness.root.appendingPathComponent("Resources/\(name)"), to: directory.appendingPathComponent("share/powerdesk/\(name)"))
        }
        let configuration = "database: \(installation.database)\noutput: \(installation.output.path)/printouts\n"
        try Data(configuration.utf8).write(to: directory.appendingPathComponent("etc/powerdesk/powerdesk.yaml"))

        // A stand-in for CUPS's lp that reports the group it runs with and whether it can read the
        // database. `sh -p` keeps whatever group it is given, as a compiled lp would: without -p,
        // dash and bash would drop a setgid group themselves and hide a missing drop.
        let lp = installation.fakeBin.appendingPathComponent("lp")
        let script = "#!/bin/sh -p\n{ id -g; if cat '\(installation.database)' >/dev/null 2>&1; then echo readable; else echo denied; fi; } > '\(installation.lpReport)'\necho \"request id is office-1\"\n"
        try Data(script.utf8).write(to: lp)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: lp.path)

        // The database, made as root by the plain binary, with a user for the account.
        let made = try BinaryHarness.run(["init", "--demo", "--db", installation.database, "--group", account.group])
        try #require(made.exited(0), "init --demo failed: \(made.err)")
        do {
            let store = try PowerDeskStore.open(at: installation.database)
            let admin = try #require(try store.users.actor("admin"), "the demo database has no admin")
            try store.users.create(id: account.user, name: "临时科员", section: "office", posts: ["clerk", "leader", "admin"], password: Self.password, by: admin)
        }
        let data = directory.appendingPathComponent("data")
        for name in try manager.contentsOfDirectory(atPath: data.path) {
            let path = data.appendingPathComponent(name).path
            try #require(chown(path, 0, group) == 0 && chmod(path, 0o660) == 0)
        }
        try #require(chown(data.path, 0, group) == 0 && chmod(data.path, 0o770) == 0)

        // The output folder is the account's.
        try manager.createDirectory(at: installation.output, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try #require(chown(installation.output.path, account.uid, account.gid) == 0)
        return installation
    }
}
