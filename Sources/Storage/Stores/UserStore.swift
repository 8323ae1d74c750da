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
}
