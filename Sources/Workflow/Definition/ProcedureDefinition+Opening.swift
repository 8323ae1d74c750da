extension ProcedureDefinition {
    /// Whether a holder of these posts may open a case on this procedure: its `opened-by`, the
    /// same rule the engine enforces when the case is opened.
    public func mayBeOpened(by posts: Set<String>) -> Bool {
        !posts.isDisjoint(with: openedBy)
    }
}
