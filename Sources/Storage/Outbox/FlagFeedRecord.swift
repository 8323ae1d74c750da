/// A supervision flag an action raised (R24): a penalty outside the discretion band, repeated
/// abnormal operations.
struct FlagFeedRecord: FeedPayload, Sendable {
    let serial: String
    let flag: String
    let detail: String
    let on: String
}

extension FlagFeedRecord {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("serial", serial)
        object.set("flag", flag)
        object.set("detail", detail)
        object.set("on", on)
        return object
    }
}
