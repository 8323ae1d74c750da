import Foundation
import Localization
import Testing
@testable import PowerDesk

/// The command line's help and usage errors speak Chinese first (`--lang en` for English), from
/// the catalogue, and fit the terminal by display columns.
@Suite struct CommandHelpTests {
    @Test func languageComesFromTheRawArguments() {
        #expect(CommandLanguage.from(arguments: ["batch", "--help"]) == .zh)
        #expect(CommandLanguage.from(arguments: ["batch", "--lang", "en", "--help"]) == .en)
        #expect(CommandLanguage.from(arguments: ["--lang=en"]) == .en)
        #expect(CommandLanguage.from(arguments: ["batch", "--", "--lang", "en"]) == .zh)
        #expect(CommandLanguage.from(arguments: ["--lang"]) == .zh)
        #expect(CommandLanguage.from(arguments: ["batch"], environment: ["POWERDESK_LANG": "en"]) == .en)
        #expect(CommandLanguage.from(arguments: ["--lang", "zh"], environment: ["POWERDESK_LANG": "en"]) == .zh)
    }

    @Test func frameworkWordsAreTranslatedAndColumnsKept() {
        #expect(CommandHelpText.translate("USAGE: powerdesk batch") == "用法：powerdesk batch")
        #expect(CommandHelpText.translate("Error: Missing expected argument '--user <user>'") == "错误：缺少参数 --user <user>")
        #expect(CommandHelpText.translate("Error: Unknown option '--dbb'. Did you mean '--db'?") == "错误：未知选项 --dbb；是否想用 --db？")
        // The default subcommand's name keeps the description column where it was.
        let line = "  desk (default)          打开全屏办公桌面（默认）。"
        let translated = CommandHelpText.translate(line)
        #expect(translated.hasPrefix("  desk（默认）"))
        #expect(DisplayWidth.of(String(translated.prefix(while: { $0 != "打" }))) == DisplayWidth.of(String(line.prefix(while: { $0 != "打" }))))
        #expect(CommandHelpText.regexPattern("Unknown option '{0}'") == "Unknown option '(.+?)'")
        #expect(CommandHelpText.regexPattern("OVERVIEW: {0}") == "OVERVIEW: (.+)")
    }

    @Test func longLinesWrapByDisplayColumnsUnderTheirColumn() {
        let line = "  --db <db>               数据库文件（默认依次为：$POWERDESK_DB、配置文件、$XDG_DATA_HOME/powerdesk/powerdesk.sqlite 或 ~/.local/share/powerdesk/powerdesk.sqlite）。"
        let lines = CommandHelpText.wrap(line, width: 80)
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 26)) && !$0.hasPrefix(String(repeating: " ", count: 27)) })
        // A path is never cut in the middle.
        #expect(lines.contains { $0.contains("$XDG_DATA_HOME/powerdesk/powerdesk.sqlite") })
    }

    @Test func helpIsChineseAndFitsEightyColumns() throws {
        let run = try BinaryHarness.run(["batch", "--help"], environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        #expect(run.out.contains("用法：powerdesk batch"))
        #expect(run.out.contains("选项："))
        #expect(run.out.contains("--user <user>           办理人（用户名）。"))
        #expect(run.out.contains("显示帮助信息。"))
        let tooWide = run.out.split(separator: "\n").filter { DisplayWidth.of(String($0)) > 80 }
        #expect(tooWide.isEmpty, "\(tooWide)")
        let english = try BinaryHarness.run(["batch", "--help", "--lang", "en"], environment: ["COLUMNS": "80"])
        #expect(english.out.contains("USAGE: powerdesk batch"))
        #expect(english.out.contains("The user acting."))
    }

    @Test func usageErrorsAreChineseAndExitTwo() throws {
        let missing = try BinaryHarness.run(["batch"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("错误：缺少参数 --user <user>"))
        #expect(missing.err.contains("用“powerdesk batch --help”查看详细说明。"))
        let wrong = try BinaryHarness.run(["flows", "list", "--format", "xml"])
        #expect(wrong.status == 2)
        #expect(wrong.err.contains("--format <format> 的取值 xml 无效"))
        let english = try BinaryHarness.run(["batch", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.err.contains("Error: Missing expected argument '--user <user>'"))
    }

    /// Every command and every option the tool has, read from ArgumentParser's own description
    /// of the tool: each has a Chinese help text, so a command added with English literals fails.
    @Test func everyCommandAndOptionHasChineseHelp() throws {
        let run = try BinaryHarness.run(["--experimental-dump-help"])
        #expect(run.status == 0)
        let tool = try #require(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        var english: [String] = []
        func visit(_ command: [String: Any], path: String) {
            let name = "\(path) \(command["commandName"] as? String ?? "?")"
            if let abstract = command["abstract"] as? String, !Self.hasChinese(abstract) { english.append("\(name): \(abstract)") }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                if names.contains("help") || names.contains("version") || names.contains("experimental-dump-help") { continue }
                let abstract = argument["abstract"] as? String ?? ""
                if !Self.hasChinese(abstract) { english.append("\(name) \(names): \(abstract)") }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] where sub["commandName"] as? String != "help" {
                visit(sub, path: name)
            }
        }
        visit(try #require(tool["command"] as? [String: Any]), path: "")
        #expect(english.isEmpty, "\(english)")
    }

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}
