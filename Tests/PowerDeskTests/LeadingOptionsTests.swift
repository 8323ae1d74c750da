@testable import PowerDesk
import Testing

/// Options every command takes, typed before the command's name, reach the command.
@Suite struct LeadingOptionsTests {
    static let commands: Set<String> = ["doc", "batch", "desk"]

    @Test func leadingOptionsMoveAfterTheCommand() {
        #expect(LeadingOptions.reordered(["--lang", "en", "doc", "list", "X"], commands: Self.commands) == ["doc", "list", "X", "--lang", "en"])
        #expect(LeadingOptions.reordered(["--lang=en", "--db", "/tmp/a b.sqlite", "batch", "-", "--user", "clerk"], commands: Self.commands)
            == ["batch", "-", "--user", "clerk", "--lang=en", "--db", "/tmp/a b.sqlite"])
        #expect(LeadingOptions.reordered(["--db", "d", "doc", "show", "--", "-odd"], commands: Self.commands) == ["doc", "show", "--db", "d", "--", "-odd"])
    }

    @Test func everythingElseIsLeftAlone() {
        // The desk by default, an option of the desk's own, an unknown name, a dangling option.
        #expect(LeadingOptions.reordered(["--lang", "en"], commands: Self.commands) == ["--lang", "en"])
        #expect(LeadingOptions.reordered(["--lang", "en", "--user", "clerk"], commands: Self.commands) == ["--lang", "en", "--user", "clerk"])
        #expect(LeadingOptions.reordered(["--lang", "en", "bogus"], commands: Self.commands) == ["--lang", "en", "bogus"])
        #expect(LeadingOptions.reordered(["--lang"], commands: Self.commands) == ["--lang"])
        #expect(LeadingOptions.reordered(["doc", "list", "--lang", "en"], commands: Self.commands) == ["doc", "list", "--lang", "en"])
    }
}
