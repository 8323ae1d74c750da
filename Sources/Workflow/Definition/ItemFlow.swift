/// An item's flow on one procedure, with the item's adaptations applied: what the engine runs.
public struct ItemFlow: Sendable, Hashable {
    public let item: ItemDefinition
    public let procedure: ProcedureDefinition
    public let steps: [StepDefinition]

    public init(item: ItemDefinition, procedure: ProcedureDefinition) {
        self.item = item
        self.procedure = procedure
        self.steps = procedure.steps.map { step in
            guard let change = item.overrides.first(where: { $0.step == step.code }) else { return step }
            let actions = step.actions.map { action in
                guard let documents = change.documents[action.code] else { return action }
                return ActionDefinition(
                    code: action.code, name: action.name, kind: action.kind, to: action.to, posts: action.posts,
                    guards: action.guards, opinion: action.opinion, verdict: action.verdict, reason: action.reason,
                    documents: documents, clock: action.clock, extensionLimit: action.extensionLimit, penalty: action.penalty,
                    participants: action.participants, approval: action.approval, location: action.location,
                    fieldLocations: action.fieldLocations, opinionLabel: action.opinionLabel, inputs: action.inputs
                )
            }
            return step.with(name: change.name, post: change.post, limit: change.limit.map { .some($0) }, actions: actions)
        }
    }

    public var start: String { procedure.start }

    public func step(_ code: String) -> StepDefinition? { steps.first { $0.code == code } }

    /// The posts that may take an action at a step.
    public func posts(for action: ActionDefinition, at step: StepDefinition) -> [String] {
        action.posts ?? step.post.map { [$0] } ?? []
    }
}
