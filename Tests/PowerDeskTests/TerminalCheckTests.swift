import Foundation
@testable import PowerDesk
import Testing

/// The desk refuses, in one line, a terminal curses cannot drive, and reads NO_COLOR as the
/// convention says (present and not empty).
@Suite struct TerminalCheckTests {
    let installed: Set<String> = ["/lib/terminfo/x/xterm-256color", "/usr/share/terminfo/73/screen", "/home/wang/.terminfo/m/mine"]

    func problem(_ environment: [String: String]) -> String? {
        TerminalCheck.problem(environment) { installed.contains($0) }?.text(.en)
    }

    @Test func aDumbOrMissingTerminalIsRefusedInOneLine() {
        for term in ["dumb", "", "unknown"] {
            let message = problem(["TERM": term])
            #expect(message?.contains("cannot move the cursor") == true, "TERM=\(term)")
            #expect(message?.contains("\n") == false)
        }
        #expect(problem([:])?.contains("cannot move the cursor") == true)
    }

    @Test func anUnknownTerminalIsNamedAndKnownOnesPass() {
        #expect(problem(["TERM": "vt9000"])?.contains("no description (terminfo) of the terminal type TERM=vt9000") == true)
        #expect(problem(["TERM": "../../etc/x"]) != nil)
        #expect(problem(["TERM": "xterm-256color"]) == nil)
        #expect(problem(["TERM": "screen"]) == nil, "the hexadecimal subfolder is searched too")
        #expect(problem(["TERM": "mine", "HOME": "/home/wang"]) == nil)
        #expect(problem(["TERM": "mine", "HOME": "/home/li"]) != nil)
    }

    @Test func aTerminalInAnotherEncodingIsToldInOneLineUnlessItsLocaleIsInstalled() {
        let gbk = ["TERM": "xterm-256color", "LANG": "zh_CN.GBK"]
        let refused = TerminalCheck.problem(gbk, fileExists: { installed.contains($0) }, localeInstalled: { _ in false })
        #expect(refused?.text(.en).contains("the terminal's locale is zh_CN.GBK") == true)
        #expect(refused?.text(.zh).contains("\n") == false)
        #expect(TerminalCheck.problem(gbk, fileExists: { installed.contains($0) }, localeInstalled: { $0 == "zh_CN.GBK" }) == nil)
        // LC_ALL wins over LANG; a codeset that cannot hold Chinese is refused even installed.
        let latin = ["TERM": "xterm-256color", "LANG": "zh_CN.UTF-8", "LC_ALL": "de_DE.ISO-8859-1"]
        #expect(TerminalCheck.problem(latin, fileExists: { installed.contains($0) }, localeInstalled: { _ in true }) != nil)
        for fine in ["C", "POSIX", "C.UTF-8", "en_US.utf8", "zh_CN.UTF-8@pinyin"] {
            #expect(TerminalCheck.problem(["TERM": "xterm-256color", "LANG": fine], fileExists: { installed.contains($0) }, localeInstalled: { _ in false }) == nil, "\(fine)")
        }
        #expect(TerminalEncoding.codeset(["LANG": "zh_CN.gb18030"]) == "GB18030")
        #expect(TerminalEncoding.codeset(["LANG": "zh_CN"]) == nil)
    }

    /// The refusal is written in the terminal's encoding, so a GBK terminal shows Chinese.
    @Test func theRefusalIsEncodedForTheTerminal() throws {
        let text = "终端的区域设置为 zh_CN.GBK，𠮷"
        let bytes = try #require(TerminalEncoding.encode(text, as: "GBK"))
        // 终 in GBK is D6 D5; the ideograph GBK lacks becomes a question mark, not a lost line.
        #expect(Array(bytes.prefix(2)) == [0xD6, 0xD5])
        #expect(bytes.last == UInt8(ascii: "?"))
        #expect(TerminalEncoding.encode(text, as: "NO-SUCH-CODESET") == nil)
    }

    @Test func theRealTerminfoKnowsXterm() {
        #expect(TerminalCheck.problem(["TERM": "xterm"]) == nil)
    }

    @Test func onlyANonEmptyNoColorTurnsColourOff() {
        #expect(CursesScreen.colourTurnedOff(["NO_COLOR": "1"]))
        #expect(!CursesScreen.colourTurnedOff(["NO_COLOR": ""]))
        #expect(!CursesScreen.colourTurnedOff([:]))
    }
}
