import Foundation
import GRDB
import Localization
import Workflow

/// A user an action's input names (the hearing's host) is someone with an active account: the
/// engine checks recusal against the case, only Storage knows who exists.
enum ActionInputUsers {
    static func check(_ command: CaseCommand, engine: CaseEngine, state: CaseState, _ db: Database) throws {
        guard !command.inputs.isEmpty, let flow = engine.flow(for: state), let action = flow.step(state.step)?.action(command.action) else { return }
        var reasons: [Message] = []
        for input in action.inputs where input.type == .user {
            guard let id = command.inputs[input.code]?.trimmingCharacters(in: .whitespaces), !id.isEmpty else { continue }
            let known = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM user WHERE id = ? AND active = 1"), arguments: [id]) == true
            if !known { reasons.append(LawServicePhrases.inputUnknownUser(input.name, id)) }
        }
        if !reasons.isEmpty { throw Rejection(reasons) }
    }
}
