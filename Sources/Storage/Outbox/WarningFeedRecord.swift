/// A deadline that turned yellow or red (R11): which limit, its due date, the level and the day it
/// was seen at that level.
struct WarningFeedRecord: Encodable, Sendable {
    let serial: String
    let itemCode: String
    let deadline: String
    let level: String
    let due: String
    let seenOn: String
}
