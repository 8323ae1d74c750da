/// Who is acting: a user with the posts they hold. Permissions are checked against posts in the
/// engine, so the desk and the command line cannot differ on who may do what.
public struct Actor: Sendable, Hashable, Codable {
    public let userID: String
    public let name: String
    public let posts: Set<String>

    public init(userID: String, name: String, posts: Set<String>) {
        self.userID = userID
        self.name = name
        self.posts = posts
    }
}
