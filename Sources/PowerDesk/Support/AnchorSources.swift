import Foundation
import Storage

/// Every anchor `audit verify` and `restore` check a chain against, and where they came from: the
/// configured log (read with the installation's rights; the group may read it, an officer not)
/// unless files are named, the named files (read with the caller's own rights), the journal.
enum AnchorSources {
    static func gather(files: [String]) -> (anchors: [AuditAnchor], sources: [String]) {
        var sources: [String] = []
        var anchors: [AuditAnchor] = []
        if files.isEmpty, let path = AnchorLog.configuredPath {
            let found = AnchorLog.read(path)
            if !found.isEmpty { sources.append(path) }
            anchors += found
        }
        for path in files {
            anchors += (try? Privilege.asUser { AnchorLog.read(path) }) ?? []
            sources.append(path)
        }
        let journal = AnchorLog.fromJournal()
        if !journal.isEmpty { sources.append("journal") }
        anchors += journal
        return (anchors, sources)
    }
}
