/// One field of a transcript's head (询问时间, 地点, 被询问人…), declared in `transcripts.yaml`
/// so the bureau changes the form of its 笔录 without a release.
public struct TranscriptHead: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let type: TranscriptHeadType
    public let required: Bool

    public init(code: String, name: String, type: TranscriptHeadType, required: Bool) {
        self.code = code
        self.name = name
        self.type = type
        self.required = required
    }
}
