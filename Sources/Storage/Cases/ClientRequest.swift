import Foundation
import Workflow

/// A request id as a client sent it (`"request"` in a batch line), scoped to the user who sent it
/// and carrying a digest of what was asked. Sent again, the same request is answered with its first
/// result and applied once; the same id with something else asked is refused, never answered as
/// if it had been done (which once acknowledged a different opening that was never recorded).
struct ClientRequest {
    let id: String
    let userID: String
    let digest: String

    /// What an operation asks, in a canonical form for the digest.
    struct Payload: Encodable {
        var op: String
        var caseID: String?
        var expectedRevision: Int?
        var itemCode: String?
        var procedureCode: String?
        var party: CaseParty?
        var subject: String?
        var materials: [String: Int]?
        var facts: [String: FactValue]?
        var action: String?
        var opinion: String?
        var reason: String?
        var participants: [String]?
        var penalty: PenaltyDecision?
        var merge: [String]?
        var address: String?
        var contact: String?
        var inputs: [String: String]?
    }

    init?(_ id: String?, by actor: Actor, asking payload: Payload) throws {
        guard let id else { return nil }
        self.id = id
        userID = actor.userID
        digest = ChainDigest.hex(of: try CanonicalJSONEncoder().encode(payload))
    }

    static func opening(_ draft: CaseDraft) -> Payload {
        Payload(op: "open", itemCode: draft.itemCode, procedureCode: draft.procedureCode, party: draft.party, subject: draft.subject,
                materials: draft.materials, facts: draft.facts, reason: draft.partyRenameReason)
    }

    static func acting(_ caseID: String, _ command: CaseCommand, revision: Int?) -> Payload {
        Payload(op: "act", caseID: caseID, expectedRevision: revision, action: command.action, opinion: command.opinion, reason: command.reason,
                participants: command.participants, penalty: command.penalty, merge: command.merge,
                inputs: command.inputs.isEmpty ? nil : command.inputs)
    }
}
