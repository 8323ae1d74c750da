/// An action a step offers: where it leads, who may take it, what it checks and what it causes.
public struct ActionDefinition: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let kind: ActionKind
    /// Target step; nil for kinds that stay at the current step.
    public let to: String?
    /// Posts allowed to take it; nil means the step's own post.
    public let posts: [String]?
    public let guards: [GuardName]
    public let opinion: Requirement
    public let verdict: Verdict
    public let reason: Requirement
    public let documents: [String]
    public let clock: ClockEffect?
    public let extensionLimit: TimeLimit?
    public let penalty: PenaltyInput?
    /// Minimum number of officers taking part (行政处罚法 Art. 42: at least two).
    public let participants: Int
    /// An approval: the person who moved the case into this step may not take it.
    public let approval: Bool
    public let location: SourceLocation
    /// Where each written field sits, so a bad reference is reported at its own line.
    public let fieldLocations: [String: SourceLocation]
    /// What the opinion is for, when it is more than an opinion: it becomes a document's text
    /// (调查认定的违法事实, 听证安排), so the officer is told so where it is typed.
    public let opinionLabel: String?
    /// Stored optional so that definition versions stored before inputs existed still decode.
    private let declaredInputs: [ActionInput]?
    /// The structured values the action asks for (`inputs:` in the definition).
    public var inputs: [ActionInput] { declaredInputs ?? [] }

    public init(
        code: String, name: String, kind: ActionKind, to: String?, posts: [String]?,
        guards: [GuardName], opinion: Requirement, verdict: Verdict, reason: Requirement,
        documents: [String], clock: ClockEffect?, extensionLimit: TimeLimit?, penalty: PenaltyInput?,
        participants: Int, approval: Bool, location: SourceLocation,
        fieldLocations: [String: SourceLocation] = [:], opinionLabel: String? = nil,
        inputs: [ActionInput] = []
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.to = to
        self.posts = posts
        self.guards = guards
        self.opinion = opinion
        self.verdict = verdict
        self.reason = reason
        self.documents = documents
        self.clock = clock
        self.extensionLimit = extensionLimit
        self.penalty = penalty
        self.participants = participants
        self.approval = approval
        self.location = location
        self.fieldLocations = fieldLocations
        self.opinionLabel = opinionLabel
        self.declaredInputs = inputs.isEmpty ? nil : inputs
    }

    public func input(_ code: String) -> ActionInput? { inputs.first { $0.code == code } }

    /// The location of a field if it was written, else of the action.
    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }

    /// The reason rule after the plan's rule for abnormal operations is applied: a definition may
    /// make a reason stricter, never looser. (A negative verdict's reasons are its opinion, which
    /// the engine requires separately.)
    public var effectiveReason: Requirement {
        switch kind {
        case .correction: return reason == .required ? .required : .repeated
        case .suspend, .return, .extend, .withdraw, .terminate: return .required
        case .forward, .resume, .merge: return reason
        }
    }
}
