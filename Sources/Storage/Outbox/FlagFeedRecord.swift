/// A supervision flag an action raised (R24): a penalty outside the discretion band, repeated
/// abnormal operations.
struct FlagFeedRecord: Encodable, Sendable {
    let serial: String
    let flag: String
    let detail: String
    let on: String
}
