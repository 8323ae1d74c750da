/// Where a target's records go.
public enum FeedTargetKind: String, Sendable, Hashable, CaseIterable {
    /// An exchange database (前置库) in PostgreSQL, through libpq.
    case postgres
    /// A directory of numbered JSON Lines files with manifests, for sites without a link.
    case directory
}
