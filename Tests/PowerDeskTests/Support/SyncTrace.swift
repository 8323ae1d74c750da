import Foundation

/// Reads an `strace -f -y -e trace=fsync,fdatasync,write` log and answers the durability
/// question: was every line written to standard output preceded by a completed sync of the
/// database or its WAL, made after the previous line? A result line is the acknowledgement a
/// clerk or a script acts on; without a sync before it, a power cut can lose what it reported.
struct SyncTrace {
    struct Acknowledgement: Equatable {
        let text: String
        let synced: Bool
    }

    let acknowledgements: [Acknowledgement]

    /// `database` is the database file's path; its `-wal` counts too.
    init(log: String, database: String) {
        var acknowledgements: [Acknowledgement] = []
        var synced = false
        // A sync that strace shows "unfinished" counts when its "resumed" line says it succeeded.
        var pending: [String: Bool] = [:]
        for line in log.split(separator: "\n").map(String.init) {
            let fields = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            let (pid, call) = (fields[0], fields[1].trimmingCharacters(in: .whitespaces))
            if call.hasPrefix("fsync(") || call.hasPrefix("fdatasync(") {
                let ofDatabase = call.contains("<\(database)>") || call.contains("<\(database)-wal>")
                if call.hasSuffix("<unfinished ...>") {
                    pending[pid] = ofDatabase
                } else if ofDatabase, call.hasSuffix("= 0") {
                    synced = true
                }
            } else if call.hasPrefix("<... fsync resumed>") || call.hasPrefix("<... fdatasync resumed>") {
                if pending.removeValue(forKey: pid) == true, call.hasSuffix("= 0") { synced = true }
            } else if call.hasPrefix("write(1<") {
                acknowledgements.append(Acknowledgement(text: call, synced: synced))
                synced = false
            }
        }
        self.acknowledgements = acknowledgements
    }
}
