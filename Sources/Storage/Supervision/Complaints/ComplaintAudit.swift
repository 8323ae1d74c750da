/// What the audit chain keeps of a complaint's step: never the complainant's identity, only a
/// digest of it, since the chain is read by more posts than the supervision post.
struct ComplaintAudit: Codable {
    let id: String
    let action: String
    let step: String
    let note: String
    let identity: String?
    let cases: [String]
    let officers: [String]
}
