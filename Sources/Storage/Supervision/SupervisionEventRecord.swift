/// The audit body of a supervision event: which case, what happened to it, since which due
/// date, and whom it was addressed to.
struct SupervisionEventRecord: Encodable, Sendable {
    let kind: String
    let since: String
    let on: String
    let officer: String
    let section: String
    let to: [String]
}
