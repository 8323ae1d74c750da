/// A backup that passed `BackupRestorer.check`: what it holds and which anchors vouched for it.
struct CheckedBackup: Sendable {
    let origin: String
    let records: Int
    let cases: Int
    let anchorsChecked: Int
    let beyond: AuditAnchor?
}
