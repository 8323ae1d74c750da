/// Who is acting: a user with the posts they hold. Permissions are checked against posts in the
/// engine, so the desk and the command line cannot differ on who may do what.
public struct Actor: Sendable, Hashable, Codable {
    public let userID: String
    public let name: String
    public let posts: Set<String>
    /// The bureau's certificated officers by user id (the actor among them if certificated), read
    /// from the user records with the actor: whom the actor may name as fellow officers.
    public let officers: [String: OfficerCredential]

    public init(userID: String, name: String, posts: Set<String>, officers: [String: OfficerCredential] = [:]) {
        self.userID = userID
        self.name = name
        self.posts = posts
        self.officers = officers
    }

    private enum CodingKeys: String, CodingKey {
        case userID, name, posts, officers
    }

    /// Actors encoded before certificates were kept decode with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        userID = try container.decode(String.self, forKey: .userID)
        name = try container.decode(String.self, forKey: .name)
        posts = try container.decode(Set<String>.self, forKey: .posts)
        officers = try container.decodeIfPresent([String: OfficerCredential].self, forKey: .officers) ?? [:]
    }
}
