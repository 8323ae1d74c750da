/// A transcript as the handler wrote it, before it is checked and stored: the kind (code or
/// name), the head fields by code, the officers and the recorder by user id, and the body.
public struct TranscriptDraft: Sendable, Hashable, Codable {
    public var kind: String
    public var heads: [String: String]
    public var officers: [String]
    public var recorder: String
    public var body: String

    public init(kind: String, heads: [String: String], officers: [String], recorder: String, body: String) {
        self.kind = kind
        self.heads = heads
        self.officers = officers
        self.recorder = recorder
        self.body = body
    }
}
