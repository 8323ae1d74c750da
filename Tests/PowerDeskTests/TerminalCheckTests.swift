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

    @Test func theRealTerminfoKnowsXterm() {
        #expect(TerminalCheck.problem(["TERM": "xterm"]) == nil)
    }

    @Test func onlyANonEmptyNoColorTurnsColourOff() {
        #expect(CursesScreen.colourTurnedOff(["NO_COLOR": "1"]))
        #expect(!CursesScreen.colourTurnedOff(["NO_COLOR": ""]))
        #expect(!CursesScreen.colourTurnedOff([:]))
    }
}
