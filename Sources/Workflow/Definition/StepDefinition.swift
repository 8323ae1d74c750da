/// A step of a flow: the post that handles it, its own time limit, whether the case clock runs
/// while the case waits here, and the actions it offers. An end step offers none.
public struct StepDefinition: Sendable, Hashable, Codable {
    public enum Clock: String, Sendable, Hashable, Codable, CaseIterable {
        case running
        case paused
    }

    public let code: String
    public let name: String
    public let post: String?
    public let limit: TimeLimit?
    public let clock: Clock
    public let isEnd: Bool
    public let actions: [ActionDefinition]
    public let location: SourceLocation
    public let fieldLocations: [String: SourceLocation]

    /// The least time the case must wait at this step before an action guarded by
    /// `period-elapsed` (a hearing notified 7 days ahead, 行政处罚法 Art. 64); the step's own
    /// limit serves when there is none.
    public let wait: TimeLimit?

    public init(
        code: String, name: String, post: String?, limit: TimeLimit?, clock: Clock, isEnd: Bool,
        actions: [ActionDefinition], location: SourceLocation,
        fieldLocations: [String: SourceLocation] = [:], wait: TimeLimit? = nil
    ) {
        self.wait = wait
        self.code = code
        self.name = name
        self.post = post
        self.limit = limit
        self.clock = clock
        self.isEnd = isEnd
        self.actions = actions
        self.location = location
        self.fieldLocations = fieldLocations
    }

    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }

    public func action(_ code: String) -> ActionDefinition? {
        actions.first { $0.code == code }
    }

    func with(name: String? = nil, post: String? = nil, limit: TimeLimit?? = nil, actions: [ActionDefinition]? = nil) -> StepDefinition {
        StepDefinition(
            code: code, name: name ?? self.name, post: post ?? self.post,
            limit: limit ?? self.limit, clock: clock, isEnd: isEnd,
            actions: actions ?? self.actions, location: location, fieldLocations: fieldLocations, wait: wait
        )
    }
}
