import ArgumentParser
import Localization

extension ArgumentHelp {
    /// An option's help from the catalogue, in the command line's language.
    static func phrase(_ phrase: Phrase) -> ArgumentHelp {
        ArgumentHelp(phrase.inCommandLanguage)
    }
}
