import Foundation
import Localization
import Storage
import Workflow

/// Running setgid, the caller is who the kernel says: the Unix account of the real uid acts as
/// the PowerDesk user of the same name, so no password is needed unless the configuration asks
/// for one as a second factor (`require-password: true`). A user record may later carry its own
/// Unix name; the same name is the mapping until then.
enum AccountMapping {
    /// The Unix account's name; a `--user` naming anyone else is refused.
    static func account(requested: String?, language: Language) throws -> String {
        guard let account = Privilege.unixAccountName else {
            Console.err(DeployPhrases.unknownUnixAccount(String(getuid())).text(language))
            throw CommandFailure.refused
        }
        if let requested, !requested.isEmpty, requested != account {
            Console.err(DeployPhrases.userMismatch(requested, account).text(language))
            throw CommandFailure.refused
        }
        return account
    }

    /// Running setgid, creating the database (`init`) and copying all of it (`backup`) are the
    /// system administrator's: an officer could otherwise make the production database with an
    /// admin of their own, or carry off a copy with every password hash.
    static func requireRoot(_ command: String, language: Language) throws {
        guard Privilege.isElevated, getuid() != 0 else { return }
        Console.err(DeployPhrases.rootOnly(command).text(language))
        throw CommandFailure.refused
    }

    /// The active PowerDesk user named like the account, or a refusal saying so.
    static func actor(in store: PowerDeskStore, account: String, language: Language) throws -> Actor {
        let found: Actor?
        do {
            found = try store.users.actor(account)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        guard let actor = found else {
            Console.err(DeployPhrases.noMappedUser(account).text(language))
            throw CommandFailure.refused
        }
        return actor
    }
}
