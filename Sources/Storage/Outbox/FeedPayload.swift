/// A record of the outbox that writes its own JSON (`JSONObjectBuilder`) on the commit path. It
/// stays `Encodable` so a test can hold the two encodings side by side.
protocol FeedPayload: Encodable {
    var json: JSONObjectBuilder { get }
}
