/// 异常操作 (R12) for the e-supervision platform: which operation, by whom, why, and how many of
/// that kind the case has had so far.
struct AbnormalFeedRecord: FeedPayload, Sendable {
    let serial: String
    let itemCode: String
    let operation: String
    let action: String
    let actionName: String
    let step: String
    let officerID: String
    let officerName: String
    let reason: String?
    let at: String
    let countOfKind: Int
}

extension AbnormalFeedRecord {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("serial", serial)
        object.set("itemCode", itemCode)
        object.set("operation", operation)
        object.set("action", action)
        object.set("actionName", actionName)
        object.set("step", step)
        object.set("officerID", officerID)
        object.set("officerName", officerName)
        object.set("reason", reason)
        object.set("at", at)
        object.set("countOfKind", countOfKind)
        return object
    }
}
