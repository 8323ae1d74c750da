/// A deadline that turned yellow or red (R11): which limit, its due date, the level and the day it
/// was seen at that level.
struct WarningFeedRecord: FeedPayload, Sendable {
    let serial: String
    let itemCode: String
    let deadline: String
    let level: String
    let due: String
    let seenOn: String
}

extension WarningFeedRecord {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("serial", serial)
        object.set("itemCode", itemCode)
        object.set("deadline", deadline)
        object.set("level", level)
        object.set("due", due)
        object.set("seenOn", seenOn)
        return object
    }
}
