/// An enforcement officer as a transcript names them: as the user records stood when it was
/// written (行政处罚法 Art. 55: the certificate shown is the one printed).
public struct TranscriptOfficer: Sendable, Hashable, Codable {
    public let userID: String
    public let name: String
    public let certificate: String

    public init(userID: String, name: String, certificate: String) {
        self.userID = userID
        self.name = name
        self.certificate = certificate
    }
}
