import Localization
import Typesetting

/// What `config show` says under the `font` setting: the faces documents will actually be set
/// in, found as printing finds them, so an admin who installs 仿宋 sees whether it is picked up.
enum FontReport {
    static func lines(_ language: Language) -> [String] {
        let library = FontLibrary()
        let fonts: FontSet
        do {
            fonts = try library.fontSet()
        } catch {
            let reason = (error as? TypesettingError)?.message.text(language) ?? String(describing: error)
            return [FontPhrases.reportFailed(reason).text(language)]
        }
        var lines = [FontPhrases.reportGeneral(fonts.general.familyName, fonts.general.path).text(language)]
        for role in FontRole.allCases {
            let name = roleName(role)
            if fonts.hasOwnFace(role) {
                let font = fonts.font(for: role)
                lines.append(FontPhrases.reportRoleOwn(name, font.familyName, font.path).text(language))
            } else {
                let families = library.preferences.roles[role, default: []].joined(separator: ", ")
                lines.append(FontPhrases.reportRoleGeneral(name, families).text(language))
            }
        }
        return lines + [FontPhrases.reportFallback().text(language)]
    }

    private static func roleName(_ role: FontRole) -> Message {
        switch role {
        case .title: FontPhrases.roleTitle()
        case .heading: FontPhrases.roleHeading()
        case .body: FontPhrases.roleBody()
        }
    }
}
