extension ActionDefinition {
    /// The approval a chief gives in bulk: an approval step's positive verdict (批准, 同意), never
    /// a return or a refusal.
    public var isPositiveApproval: Bool {
        approval && verdict == .positive
    }
}
