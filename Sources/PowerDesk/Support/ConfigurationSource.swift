import Localization

/// Where a setting in effect came from, so that `config show` can answer "why this value?".
enum ConfigurationSource: Sendable, Equatable {
    case builtIn
    case file(String)
    case environment(String)
    case option(String)
    /// Fixed because the process runs setgid: options and the environment are not consulted.
    case privileged

    var message: Message {
        switch self {
        case .builtIn: DeployPhrases.sourceDefault()
        case .file(let path): DeployPhrases.sourceFile(path)
        case .environment(let name): DeployPhrases.sourceEnvironment(name)
        case .option(let key): DeployPhrases.sourceOption(key == "database" ? "db" : key)
        case .privileged: DeployPhrases.sourcePrivileged()
        }
    }
}
