import Workflow

/// Which posts the store lets administer the catalogue and the users, and confirm a draft
/// version: asked by the desk so it offers only what the store will allow, and named here once
/// beside the store rather than in the screens.
public enum DeskAuthority {
    /// The post that edits definitions and manages users (the store's own check).
    public static let administratorPost = "admin"
    /// The post that confirms a draft version (R3: the legal review).
    public static let legalReviewPost = "legal"

    public static func administers(_ actor: Actor) -> Bool { actor.posts.contains(administratorPost) }

    public static func confirmsDrafts(_ actor: Actor) -> Bool { actor.posts.contains(legalReviewPost) }
}
