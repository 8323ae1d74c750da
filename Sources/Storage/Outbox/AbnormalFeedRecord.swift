/// 异常操作 (R12) for the e-supervision platform: which operation, by whom, why, and how many of
/// that kind the case has had so far.
struct AbnormalFeedRecord: Encodable, Sendable {
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
