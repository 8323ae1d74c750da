/// A record about to be appended: everything but its sequence number and hash, which only the
/// writing transaction can give.
struct OutboxEntry: Sendable, Hashable {
    let kind: String
    let key: String
    let caseID: String?
    let payload: String
}
