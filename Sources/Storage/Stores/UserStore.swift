import Workflow

/// Users, posts and signing in.
public protocol UserStore: Sendable {
    func authenticate(_ id: String, password: String) throws -> Actor
    func create(id: String, name: String, section: String, posts: [String], password: String, by admin: Actor) throws
    func section(of id: String) throws -> String
    func all() throws -> [Actor]
    func actor(_ id: String) throws -> Actor?
    /// An admin lifts a user's lock; refused for anyone else.
    func unlock(_ id: String, by admin: Actor) throws
    /// An admin records a user's enforcement certificate (行政处罚法 Art. 42); refused for anyone else.
    func certify(_ id: String, number: String, validUntil: CivilDate, by admin: Actor) throws
    /// An admin disables (false) or enables (true) an account; refused for anyone else.
    func setActive(_ id: String, _ active: Bool, by admin: Actor) throws
    /// An admin sets a new password the user must change at the next sign-in.
    func resetPassword(_ id: String, to password: String, by admin: Actor) throws
    /// A user changes their own password, proving the current one.
    func changePassword(_ id: String, current: String, new password: String) throws
    /// Whether the user must choose a new password before going on (after a reset).
    func mustChangePassword(_ id: String) throws -> Bool
    /// An admin sets a user's posts (posts of the definitions in force).
    func setPosts(_ id: String, _ posts: [String], by admin: Actor) throws
}
