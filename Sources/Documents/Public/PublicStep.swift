import Workflow

/// One step of a case's public history: the day, what was done, the step it led to. Nothing an
/// officer typed (opinions, reasons) is in it: those may name people.
public struct PublicStep: Sendable, Hashable {
    public let on: CivilDate
    public let action: String
    public let step: String

    public init(on: CivilDate, action: String, step: String) {
        self.on = on
        self.action = action
        self.step = step
    }
}
