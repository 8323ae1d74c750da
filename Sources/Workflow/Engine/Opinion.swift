/// A post's opinion on a case (R19), kept with who gave it, at which step and when.
public struct Opinion: Sendable, Hashable, Codable {
    public let step: String
    public let action: String
    public let userID: String
    public let actorName: String
    public let verdict: Verdict
    public let text: String
    public let on: CivilDate

    public init(step: String, action: String, userID: String, actorName: String, verdict: Verdict, text: String, on: CivilDate) {
        self.step = step
        self.action = action
        self.userID = userID
        self.actorName = actorName
        self.verdict = verdict
        self.text = text
        self.on = on
    }
}
