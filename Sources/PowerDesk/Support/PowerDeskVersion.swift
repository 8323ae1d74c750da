/// The program's version, in one place: `--version`, the Debian package and the man pages read it
/// from here (the Makefile greps this line).
enum PowerDeskVersion {
    static let current = "0.9.0"
}
