import Foundation

/// What happened to a case. A case's state is the fold of its events (`CaseState.replay`), so the
/// stored history is the truth and the stored state only a cache of it.
public enum CaseEvent: Sendable, Hashable, Codable {
    case opened(CaseOpening, userID: String, at: Date, on: CivilDate, clock: [ClockEffect])
    case materialsAdded([String: Int], userID: String, at: Date)
    case factsRecorded([String: FactValue], userID: String, at: Date)
    case acted(ActionRecord)
    /// This case's violation was merged into another case, which now carries it.
    case absorbed(into: String, userID: String, at: Date, on: CivilDate)
    /// The party's address or contact was put right (a clerical error found in a document),
    /// with the reason. Name and identity number identify the party and are never amended.
    case partyAmended(address: String, contact: String, reason: String, userID: String, at: Date)
}
