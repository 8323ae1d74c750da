/// The audit body of a notice issued, answered or judged.
struct NoticeRecord: Encodable, Sendable {
    let id: Int64
    let kind: String?
    let caseID: String?
    let addressee: String?
    let section: Bool?
    let reason: String?
    let due: String?
    let answer: String?
    let outcome: String?
}
