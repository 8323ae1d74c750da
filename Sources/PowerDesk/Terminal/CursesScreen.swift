import CNcurses
import Foundation
import Localization

/// The real terminal, through ncursesw: the only file that imports CNcurses. Colour roles become
/// colour pairs when the terminal has colour and `NO_COLOR` is unset or empty; otherwise the styles' bold,
/// reverse and underline carry the meaning.
final class CursesScreen: Screen {
    private let useColor: Bool
    /// Set when the environment's locale was not UTF-8 and C.UTF-8 was used instead.
    let localeNote: String?

    init() {
        localeNote = CursesScreen.setUTF8Locale()
        initscr()
        // raw, not cbreak: Ctrl-C reaches the desk as a key (a filled form asks before it is
        // discarded; the queue quits cleanly) and Ctrl-S is a key, not a flow-control stop.
        raw()
        noecho()
        nonl()
        keypad(pd_stdscr(), true)
        set_escdelay(25)
        useColor = pd_has_colors() != 0 && !CursesScreen.colourTurnedOff(ProcessInfo.processInfo.environment)
        if useColor {
            start_color()
            use_default_colors()
            init_pair(Int16(TextStyle.Role.title.rawValue), Int16(COLOR_WHITE), Int16(COLOR_BLUE))
            init_pair(Int16(TextStyle.Role.warning.rawValue), Int16(COLOR_YELLOW), -1)
            init_pair(Int16(TextStyle.Role.danger.rawValue), Int16(COLOR_RED), -1)
            init_pair(Int16(TextStyle.Role.success.rawValue), Int16(COLOR_GREEN), -1)
            init_pair(Int16(TextStyle.Role.accent.rawValue), Int16(COLOR_CYAN), -1)
            init_pair(Int16(TextStyle.Role.muted.rawValue), -1, -1)
        }
        CursesScreen.installSignalHandlers()
        CursesScreen.bracketedPaste(true)
    }

    /// Asks the terminal to mark pasted text (`ESC [200~` … `ESC [201~`), so a paste is read as
    /// text for the focused field and never as keys. Terminals that do not know the mode ignore it.
    static func bracketedPaste(_ on: Bool) {
        let sequence = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
        fflush(nil)
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// The NO_COLOR convention: present and not empty turns colour off; an empty value does not.
    static func colourTurnedOff(_ environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// CJK text needs a locale that can hold it: `wcwidth` returns -1 for every Chinese character
    /// in C. A UTF-8 or Chinese (GBK, GB18030) locale that `TerminalCheck` let through is kept,
    /// and ncursesw draws in its codeset; with none named, C.UTF-8 is used.
    private static func setUTF8Locale() -> String? {
        if let current = setlocale(LC_ALL, "") {
            let name = String(cString: current)
            let codeset = TerminalEncoding.codeset(["LC_ALL": name]) ?? ""
            if codeset == "UTF8" || TerminalEncoding.chineseCapable.contains(codeset) { return nil }
        }
        setlocale(LC_ALL, "C.UTF-8")
        return "C.UTF-8"
    }

    /// Ctrl-C, SIGTERM and a lost connection (SIGHUP) restore the terminal before the process ends.
    /// Each action is one transaction, so nothing half-done is saved.
    private static func installSignalHandlers() {
        // A parent may have started us with signals blocked (test runners do); a desk that cannot
        // see SIGWINCH never notices a resize, and one that cannot see SIGTERM cannot be stopped.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&unblock, number) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in
                endwin()
                _ = write(STDOUT_FILENO, "\u{1B}[?2004l", 8)
                _exit(128 + received)
            }
        }
    }

    var rows: Int { Int(pd_lines()) }
    var columns: Int { Int(pd_cols()) }

    func clear() { erase() }

    func draw(_ line: StyledLine, row: Int, column: Int, width: Int) {
        guard row >= 0, row < rows, column >= 0 else { return }
        let limit = min(columns, column + width)
        var x = column
        for span in line {
            var scalars: [wchar_t] = []
            var spanWidth = 0
            for character in TerminalText.sanitize(span.text) {
                let shown = Self.drawable(character)
                let w = DisplayWidth.of(shown)
                if x + spanWidth + w > limit { break }
                scalars += shown.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                spanWidth += w
            }
            guard !scalars.isEmpty else { if x >= limit { return } else { continue } }
            scalars.append(0)
            _ = pd_addwstr(Int32(row), Int32(x), scalars, attributes(span.style))
            x += spanWidth
            if x >= limit { return }
        }
    }

    /// What the terminal is given for a character, so that a row never runs past a pane border:
    /// emoji presentation selectors and joiners are dropped (a terminal draws such a sequence
    /// wider than `wcwidth` says of its parts), and a code point the locale cannot print becomes "?".
    static func drawable(_ character: Character) -> String {
        var out = String.UnicodeScalarView()
        for scalar in character.unicodeScalars where scalar.value != 0xFE0F && scalar.value != 0x200D {
            out.append(wcwidth(wchar_t(bitPattern: scalar.value)) < 0 ? "?" : scalar)
        }
        return String(out)
    }

    /// The terminal's own measure (libc `wcwidth` under the locale just set), for `DisplayWidth`.
    static func terminalWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    private func attributes(_ style: TextStyle) -> attr_t {
        var value = pd_a_normal()
        if style.bold { value |= pd_a_bold() }
        if style.reverse { value |= pd_a_reverse() }
        if style.underline { value |= pd_a_underline() }
        if useColor, style.role != .plain, style.role != .muted {
            value |= pd_color_pair(Int16(style.role.rawValue))
        } else if style.role == .muted {
            value |= pd_a_dim()
        } else if !useColor, style.role == .danger || style.role == .warning {
            value |= pd_a_underline()
        }
        return value
    }

    func placeCursor(row: Int, column: Int) {
        curs_set(1)
        move(Int32(row), Int32(column))
    }

    func hideCursor() { curs_set(0) }

    func present() { refresh() }

    func invalidate() { clearok(pd_stdscr(), true) }

    /// Esc, or the rest of a key sequence curses did not know (a terminal whose TERM does not
    /// match, as inside tmux): read whole, so its bytes are never taken for Esc plus typing. Home
    /// and End are recognised in their common spellings.
    private func escapeSequence() -> Key {
        nodelay(pd_stdscr(), true)
        defer { nodelay(pd_stdscr(), false) }
        var rest = ""
        var value: wint_t = 0
        while rest.count < 8, pd_get_wch(&value) != ERR, let scalar = Unicode.Scalar(value) {
            rest.unicodeScalars.append(scalar)
            if rest == Self.pasteStart { return readPaste() }
        }
        return Self.key(escapeSequence: rest)
    }

    static let pasteStart = "[200~"
    static let pasteEnd = "\u{1B}[201~"
    /// The most of one paste kept; the rest is read and dropped (fields have smaller limits still).
    static let pasteLimit = 100_000

    /// The body of a bracketed paste, up to its end mark. A terminal that stops sending in the
    /// middle (the end mark lost) ends the paste after a short wait rather than hanging the desk.
    private func readPaste() -> Key {
        wtimeout(pd_stdscr(), 300)
        defer { wtimeout(pd_stdscr(), -1) }
        var scalars: [Unicode.Scalar] = []
        var tail: [Unicode.Scalar] = []
        let end = Array(Self.pasteEnd.unicodeScalars)
        var value: wint_t = 0
        while true {
            let result = pd_get_wch(&value)
            if result == ERR { break }
            // A function key inside a paste (curses matched a sequence) is not text.
            if result == pd_key_code_yes() { continue }
            guard let scalar = Unicode.Scalar(value) else { continue }
            tail.append(scalar)
            if tail.count > end.count { tail.removeFirst() }
            if scalars.count < Self.pasteLimit + end.count { scalars.append(scalar) }
            if tail == end {
                if scalars.suffix(end.count).elementsEqual(end) { scalars.removeLast(end.count) }
                break
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars.prefix(Self.pasteLimit))
        return .paste(text)
    }

    /// What follows Esc: nothing is Esc itself; a known spelling of Home or End is that key.
    static func key(escapeSequence rest: String) -> Key {
        switch rest {
        case "": .escape
        case "[H", "OH", "[1~", "[7~": .home
        case "[F", "OF", "[4~", "[8~": .end
        default: .unknown
        }
    }

    /// Blocks for the next key; nil on an input error (e.g. the terminal went away).
    func readKey() -> Key? {
        var value: wint_t = 0
        let result = pd_get_wch(&value)
        if result == ERR { return nil }
        if result == pd_key_code_yes() {
            switch Int32(value) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backTab
            case KEY_RESIZE: return .resize
            default:
                for n in 1...12 where Int32(value) == pd_key_f(Int32(n)) { return .function(n) }
                return .unknown
            }
        }
        switch value {
        case 10, 13: return .enter
        case 27: return escapeSequence()
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) } ?? .unknown
        case 0...31: return .unknown
        default: return Unicode.Scalar(value).map { .character(Character($0)) } ?? .unknown
        }
    }

    func stop() {
        endwin()
        Self.bracketedPaste(false)
    }

    func runOutside(_ body: () -> Int32) -> Int32 {
        endwin()
        Self.bracketedPaste(false)
        let status = body()
        Self.bracketedPaste(true)
        clearok(pd_stdscr(), true)
        refresh()
        return status
    }
}
