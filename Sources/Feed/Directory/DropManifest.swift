/// The manifest of one batch in a directory drop: the data file with its SHA-256, record count and
/// sequence range, and the source's audit head when the batch was written. Written after the data
/// file and before the `.done` marker.
struct DropManifest: Codable, Sendable, Hashable {
    struct File: Codable, Sendable, Hashable {
        let name: String
        let sha256: String
        let bytes: Int
        let records: Int
        let firstSeq: Int64
        let lastSeq: Int64
    }

    let batch: Int
    let source: String
    let files: [File]
    /// The source's cursor after this batch: every record up to it is in this batch or earlier.
    let lastSeq: Int64
    let auditHead: String?
    let writtenAt: String
}
