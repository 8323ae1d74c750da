import Workflow

/// A stored operation's outcome: the case as it now stands and what the action caused.
public struct CaseResult: Sendable {
    public let state: CaseState
    public let effects: [CaseEffect]
    /// True when the request id had been seen before and nothing new was applied.
    public let repeated: Bool
}
