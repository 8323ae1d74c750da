/// How an item adapts one step of a shared procedure: its name, post or own time limit, and the
/// documents an action produces. Structure (steps and transitions) stays the procedure's own, so
/// every item on a procedure can be reasoned about the same way.
public struct StepOverride: Sendable, Hashable, Codable {
    public let step: String
    public let name: String?
    public let post: String?
    public let limit: TimeLimit?
    /// Action code → documents that replace the procedure's list for that action.
    public let documents: [String: [String]]
    public let location: SourceLocation

    public init(step: String, name: String?, post: String?, limit: TimeLimit?, documents: [String: [String]], location: SourceLocation) {
        self.step = step
        self.name = name
        self.post = post
        self.limit = limit
        self.documents = documents
        self.location = location
    }
}
