extension ItemFlow {
    /// The steps that are a holder's work ("my work", 待办): the step belongs to one of the posts,
    /// or offers one of them a regular action. Abnormal operations (suspend, terminate...),
    /// resuming and merging another post may take do not make a step its work.
    public func stepsOfWork(for posts: Set<String>) -> [StepDefinition] {
        steps.filter { step in
            step.post.map(posts.contains) ?? false || step.actions.contains { action in
                !action.kind.isAbnormal && action.kind != .resume && action.kind != .merge
                    && !posts.isDisjoint(with: self.posts(for: action, at: step))
            }
        }
    }
}
