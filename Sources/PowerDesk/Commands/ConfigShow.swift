import ArgumentParser
import Localization

/// Prints every setting as `key: value  # source`, so an admin sees why the desk uses what it
/// uses; a privileged run says so first.
struct ConfigShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: HelpPhrases.configShow.inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let configuration = SiteConfiguration.current
        if configuration.elevated {
            Console.out("# " + DeployPhrases.privilegedMode(Privilege.privilegedGroupName, Privilege.unixAccountName ?? "?").text(language))
        }
        Console.out("# " + DeployPhrases.configFiles(configuration.file ?? DeployPhrases.noConfigFile().text(language)).text(language))
        let options = ["database": global.db, "flows": global.flows, "calendar": global.calendar]
        for key in SiteConfiguration.keys {
            let setting = configuration.value(key, option: options[key] ?? nil)
            var value = setting.value
            var source = setting.source
            if value == nil, key == "flows" || key == "calendar",
               case .directory(let found) = ResourceLocator.locate(key, option: nil, configuration: configuration) {
                value = found
                source = .builtIn
            }
            Console.out("\(key): \(value ?? DeployPhrases.notSet().text(language))  # \(source.message.text(language))")
            if key == "font" { FontReport.lines(language).forEach { Console.out("#   " + $0) } }
        }
        Console.out(FeedConfiguration.summary(configuration, language: language))
    }
}
