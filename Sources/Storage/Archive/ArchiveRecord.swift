import Foundation

/// An `archive.created` audit record as the verifier reads it: the batch's file, digest and
/// cases, and the main chain's record its archive links to.
struct ArchiveRecord: Sendable {
    let seq: Int64
    let file: String
    let digest: String
    let caseIDs: [String]
    let headSeq: Int64
    let headHash: String

    /// A body that is not such a record reads as one naming no file that exists, so the
    /// verifier reports it rather than passing over it.
    init(seq: Int64, body: String) {
        let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        let head = object["head"] as? [String: Any] ?? [:]
        self.seq = seq
        file = object["file"] as? String ?? "?"
        digest = object["digest"] as? String ?? ""
        caseIDs = object["cases"] as? [String] ?? []
        headSeq = (head["seq"] as? NSNumber)?.int64Value ?? 0
        headHash = head["hash"] as? String ?? ""
    }
}
