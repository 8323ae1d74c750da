/// A user who holds an enforcement certificate, as the user records stood when the acting user's
/// `Actor` was made: the engine is pure, so who may be named as a fellow officer travels with the
/// actor rather than being looked up.
public struct OfficerCredential: Sendable, Hashable, Codable {
    public let userID: String
    public let name: String
    public let posts: Set<String>
    public let certificate: EnforcementCertificate

    public init(userID: String, name: String, posts: Set<String>, certificate: EnforcementCertificate) {
        self.userID = userID
        self.name = name
        self.posts = posts
        self.certificate = certificate
    }
}
