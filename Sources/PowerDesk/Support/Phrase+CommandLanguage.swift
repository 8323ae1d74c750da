import Localization

extension Phrase {
    /// The phrase in the command line's language (`--lang`), for texts ArgumentParser prints.
    var inCommandLanguage: String { template(CommandLanguage.current) }
}
