/// A licence case's outcome when it closes (R20): the end step reached (办结 after delivery,
/// 不予受理, 不予许可, 撤回, 终止), so the platform counts grants and refusals per item.
struct LicenceFeedRecord: Encodable, Sendable {
    let serial: String
    let itemCode: String
    let outcome: String
    let outcomeName: String
    let concludedOn: String?
}
