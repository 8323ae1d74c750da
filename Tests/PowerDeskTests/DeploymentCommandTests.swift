import Foundation
@testable import PowerDesk
import Testing

/// What an installed binary shows an admin: its version, where it finds its files, and the
/// configuration in effect with the source of each value.
@Suite struct DeploymentCommandTests {
    @Test func versionComesFromOnePlace() throws {
        let run = try BinaryHarness.run(["--version"])
        #expect(run.exited(0))
        #expect(run.out == PowerDeskVersion.current + "\n")
        let makefile = try String(contentsOf: BinaryHarness.root.appendingPathComponent("Makefile"), encoding: .utf8)
        #expect(makefile.contains("Sources/PowerDesk/Support/PowerDeskVersion.swift"), "the package takes its version elsewhere")
    }

    @Test func anInstalledBinaryFindsItsDefinitionsBesideItself() throws {
        try BinaryHarness.withTemporaryDirectory("relocated") { directory in
            let binary = directory.appendingPathComponent("bin/powerdesk")
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("bin"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("share/powerdesk"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BinaryHarness.binary, to: binary)
            try FileManager.default.copyItem(at: BinaryHarness.root.appendingPathComponent("Resources/flows"),
                                             to: directory.appendingPathComponent("share/powerdesk/flows"))
            var environment = ProcessInfo.processInfo.environment
            for name in ["POWERDESK_FLOWS", "POWERDESK_CALENDAR", "POWERDESK_CONFIG", "POWERDESK_DB"] { environment.removeValue(forKey: name) }
            let child = try ChildProcess(executable: binary, arguments: ["flows", "list", "--format", "json"], environment: environment, directory: directory)
            let listed = child.finish(timeout: 60)
            #expect(listed.exited(0), "\(listed.err)")
            #expect(listed.out.contains("320600-XK-001"))
            let shown = try ChildProcess(executable: binary, arguments: ["config", "show"], environment: environment, directory: directory).finish(timeout: 60)
            #expect(shown.out.contains("flows: \(directory.appendingPathComponent("share/powerdesk/flows").path)"), "\(shown.out)")
        }
    }

    @Test func aMissingFolderSaysWhereItLooked() throws {
        let run = try BinaryHarness.run(["flows", "list", "--flows", "/nonexistent/flows", "--lang", "en"])
        #expect(run.exited(1))
        #expect(run.err.contains("the flows directory was not found (looked in: /nonexistent/flows)"), "\(run.err)")
        let calendar = try BinaryHarness.run(["init", "--demo", "--db", "/nonexistent/demo.sqlite", "--calendar", "/nonexistent/calendar"])
        #expect(calendar.exited(1))
        #expect(calendar.err.contains("未找到 calendar 目录（已查找：/nonexistent/calendar）"), "\(calendar.err)")
    }

    @Test func aBadConfigurationFileIsReportedByEveryCommand() throws {
        try BinaryHarness.withTemporaryDirectory("bad-config") { directory in
            let file = directory.appendingPathComponent("powerdesk.yaml")
            try Data("printr: office\n".utf8).write(to: file)
            let run = try BinaryHarness.run(["calendar", "due", "2026-02-10", "20", "--lang", "en"], environment: ["POWERDESK_CONFIG": file.path])
            #expect(run.exited(0), "a bad file is reported, not fatal: \(run.err)")
            #expect(run.err.contains("the configuration file \(file.path) is invalid: unknown setting \"printr\""), "\(run.err)")
        }
    }

    @Test func theFontInTheConfigurationIsTheOneDocumentsUse() throws {
        try BinaryHarness.withTemporaryDirectory("font-config") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let file = directory.appendingPathComponent("powerdesk.yaml")
            try Data("font: /nonexistent/fangsong.ttf\n".utf8).write(to: file)
            let run = try BinaryHarness.run(["doc", "pdf", "通民宗罚决字〔2026〕1号", "-o", directory.appendingPathComponent("d.pdf").path,
                                             "--db", database.path], environment: ["POWERDESK_CONFIG": file.path])
            #expect(run.exited(1))
            #expect(run.err.contains("/nonexistent/fangsong.ttf"), "\(run.err)")
        }
    }

    @Test func configShowNamesTheSourceOfEachValue() throws {
        let run = try BinaryHarness.run(["config", "show", "--lang", "en"], environment: ["POWERDESK_DB": "/srv/desk.sqlite", "POWERDESK_PRINTER": "office"])
        #expect(run.exited(0))
        #expect(run.out.contains("database: /srv/desk.sqlite  # environment variable POWERDESK_DB"), "\(run.out)")
        #expect(run.out.contains("printer: office  # environment variable POWERDESK_PRINTER"))
        #expect(run.out.contains("flows: \(BinaryHarness.root.appendingPathComponent("Resources/flows").path)  # environment variable POWERDESK_FLOWS"))
        let option = try BinaryHarness.run(["config", "show", "--db", "/srv/other.sqlite"])
        #expect(option.out.contains("database: /srv/other.sqlite  # 命令行选项 --db"), "\(option.out)")
    }
}
