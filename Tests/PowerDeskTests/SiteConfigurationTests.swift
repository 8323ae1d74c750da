import Foundation
@testable import PowerDesk
import Testing

/// The configuration's precedence (option, environment, file, default), its file format, and what
/// a privileged (setgid) process refuses to take from its caller.
@Suite struct SiteConfigurationTests {
    static let executable = "/opt/powerdesk/bin/powerdesk"

    func configuration(file text: String?, environment extra: [String: String] = [:], elevated: Bool = false) throws -> SiteConfiguration {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = ["HOME": "/home/wang"].merging(extra) { $1 }
        if let text {
            let file = directory.appendingPathComponent("powerdesk.yaml")
            try Data(text.utf8).write(to: file)
            environment["POWERDESK_CONFIG"] = file.path
        }
        return SiteConfiguration.load(environment: environment, elevated: elevated, executable: Self.executable)
    }

    @Test func optionBeatsEnvironmentBeatsFileBeatsDefault() throws {
        let file = "database: /srv/file.sqlite\nprinter: office\noutput: ~/prints\n"
        let configuration = try configuration(file: file, environment: ["POWERDESK_DB": "/srv/env.sqlite"])
        #expect(configuration.value("database", option: "/srv/option.sqlite") == ConfiguredValue(value: "/srv/option.sqlite", source: .option("database")))
        #expect(configuration.value("database").value == "/srv/env.sqlite")
        #expect(configuration.value("database").source == .environment("POWERDESK_DB"))
        #expect(configuration.value("printer").value == "office")
        guard case .file = configuration.value("printer").source else {
            Issue.record("printer should come from the file")
            return
        }
        #expect(configuration.value("output").value == "/home/wang/prints")
        #expect(configuration.value("font") == ConfiguredValue(value: nil, source: .builtIn))
    }

    @Test func theDefaultDatabaseHonoursXDGDataHome() throws {
        let plain = try configuration(file: nil)
        #expect(plain.value("database").value == "/home/wang/.local/share/powerdesk/powerdesk.sqlite")
        let xdg = try configuration(file: nil, environment: ["XDG_DATA_HOME": "/data/wang"])
        #expect(xdg.value("database").value == "/data/wang/powerdesk/powerdesk.sqlite")
        // A relative XDG_DATA_HOME is invalid by the specification and ignored.
        let relative = try configuration(file: nil, environment: ["XDG_DATA_HOME": "data"])
        #expect(relative.value("database").value == "/home/wang/.local/share/powerdesk/powerdesk.sqlite")
    }

    @Test func aMisspeltSettingOrABadFileIsAProblemNotSilence() throws {
        let misspelt = try configuration(file: "databse: /srv/x.sqlite\n")
        #expect(misspelt.problems.count == 1)
        #expect(misspelt.problems.first?.text(.en).contains("unknown setting \"databse\"") == true)
        #expect(misspelt.file == nil)
        let list = try configuration(file: "- a\n- b\n")
        #expect(list.problems.count == 1)
        #expect(list.problems.first?.text(.en).contains("known settings") == true)
        let nested = try configuration(file: "printer:\n  name: office\n")
        #expect(nested.problems.first?.text(.en).contains("the setting \"printer\" must be a single value") == true)
        let flag = try configuration(file: "require-password: true\n")
        #expect(flag.problems.isEmpty && flag.requiresPassword)
    }

    @Test func runningPrivilegedTheCallerCannotMoveAnything() throws {
        let environment = ["POWERDESK_DB": "/tmp/mine.sqlite", "POWERDESK_FLOWS": "/tmp/flows", "XDG_DATA_HOME": "/tmp/data", "POWERDESK_OUTPUT": "/tmp/out", "HOME": "/tmp/home",
                           "POWERDESK_CONFIG": "/tmp/my-config.yaml", "XDG_CONFIG_HOME": "/tmp/config"]
        let configuration = SiteConfiguration.load(environment: environment, elevated: true, executable: Self.executable)
        #expect(configuration.value("database", option: "/tmp/option.sqlite") == ConfiguredValue(value: SiteConfiguration.privilegedDatabase, source: .privileged))
        #expect(configuration.value("flows").value == nil)
        #expect(configuration.value("output").value?.hasPrefix("/tmp") == false)
        // A printer's name redirects nothing, so it may still come from the caller.
        let printer = SiteConfiguration.load(environment: ["POWERDESK_PRINTER": "office"], elevated: true, executable: Self.executable)
        #expect(printer.value("printer") == ConfiguredValue(value: "office", source: .environment("POWERDESK_PRINTER")))
        // Only root's files beside the installation and in /etc are looked at.
        let files = SiteConfiguration.candidateFiles(environment: environment, elevated: true, executable: Self.executable)
        #expect(files == ["/opt/powerdesk/etc/powerdesk/powerdesk.yaml", "/etc/powerdesk/powerdesk.yaml"])
    }

    @Test func definitionsAreLookedForBesideTheExecutableThenInTheSystemFolders() throws {
        let candidates = ResourceLocator.candidates("flows", executable: Self.executable, currentDirectory: "/home/wang")
        #expect(candidates.first == "/opt/powerdesk/share/powerdesk/flows")
        #expect(candidates.contains("/home/wang/Resources/flows"))
        #expect(Array(candidates.suffix(2)) == ["/usr/local/share/powerdesk/flows", "/usr/share/powerdesk/flows"])
        let privileged = ResourceLocator.candidates("flows", executable: Self.executable, currentDirectory: nil)
        #expect(!privileged.contains("/home/wang/Resources/flows"))
    }
}
