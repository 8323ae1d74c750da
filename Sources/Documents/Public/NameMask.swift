import Workflow

/// How a party appears on the public site: an organisation by its registered name (public by
/// law), a person by the surname alone followed by one asterisk (张*), whatever the length of
/// the name. Compound surnames (欧阳, 司马 …) keep both characters.
public enum NameMask {
    public static func publicName(_ party: CaseParty) -> String {
        switch party.kind {
        case .organization: return HTMLText.plain(party.name)
        case .person: return person(party.name)
        }
    }

    public static func person(_ name: String) -> String {
        let letters = Array(HTMLText.plain(name).filter { !$0.isWhitespace })
        guard let first = letters.first else { return "*" }
        if letters.count > 2, compoundSurnames.contains(String(letters[0...1])) { return String(letters[0...1]) + "*" }
        return String(first) + "*"
    }

    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "南宫",
    ]
}
