/// A licence case's outcome when it closes (R20): the end step reached (办结 after delivery,
/// 不予受理, 不予许可, 撤回, 终止), so the platform counts grants and refusals per item.
struct LicenceFeedRecord: FeedPayload, Sendable {
    let serial: String
    let itemCode: String
    let outcome: String
    let outcomeName: String
    let concludedOn: String?
}

extension LicenceFeedRecord {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("serial", serial)
        object.set("itemCode", itemCode)
        object.set("outcome", outcome)
        object.set("outcomeName", outcomeName)
        object.set("concludedOn", concludedOn)
        return object
    }
}
