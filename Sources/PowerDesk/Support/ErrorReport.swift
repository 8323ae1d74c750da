import Documents
import Localization
import Storage
import Typesetting
import Workflow

/// Turns any error a command meets into lines for standard error, in the user's language.
enum ErrorReport {
    static func lines(_ error: Error, _ language: Language) -> [String] {
        switch error {
        case let rejection as Rejection: rejection.reasons.map { $0.text(language) }
        case let storage as StorageError: [storage.message.text(language)]
        case let problem as IdentityProblem: [problem.message.text(language)]
        case let document as DocumentError: [document.message.text(language)]
        case let typesetting as TypesettingError: [typesetting.message.text(language)]
        case let message as Message: [message.text(language)]
        default: [StoragePhrases.unexpected("\(error)").text(language)]
        }
    }

    /// Prints the error and fails the command with exit code 1.
    static func fail(_ error: Error, _ language: Language) -> Error {
        lines(error, language).forEach(Console.err)
        return CommandFailure.refused
    }
}
