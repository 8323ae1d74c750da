import Foundation

/// The chain's head written somewhere a desk user cannot rewrite (a root-owned log, the system
/// journal, the outgoing feed): whoever can write the database can rebuild the whole chain, but
/// not every copy of its head. `audit verify` checks the chain against every anchor it can read:
/// the record at `seq` must still have `hash`. `origin` (the hash of the first record) tells which
/// database an anchor belongs to, so a backup is checked against its original's anchors.
public struct AuditAnchor: Sendable, Equatable {
    public let seq: Int64
    public let hash: String
    public let origin: String
    public let at: Date

    public init(seq: Int64, hash: String, origin: String, at: Date) {
        self.seq = seq
        self.hash = hash
        self.origin = origin
        self.at = at
    }

    /// One line: `powerdesk-anchor v1 seq=… hash=… origin=… at=…` (at in seconds since 1970).
    public var line: String {
        "powerdesk-anchor v1 seq=\(seq) hash=\(hash) origin=\(origin) at=\(Int64(at.timeIntervalSince1970))"
    }

    /// Parses a line written by `line`, found anywhere in a text line (a journal adds its prefix);
    /// nil for anything else.
    public init?(line text: String) {
        guard let start = text.range(of: "powerdesk-anchor v1 ") else { return nil }
        var fields: [String: String] = [:]
        for field in text[start.upperBound...].split(separator: " ") {
            let parts = field.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        let isHash = { (value: String) in value.count == 64 && value.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) } }
        guard let seq = fields["seq"].flatMap(Int64.init), seq > 0, let hash = fields["hash"], isHash(hash),
              let origin = fields["origin"], isHash(origin), let at = fields["at"].flatMap(Int64.init)
        else { return nil }
        self.init(seq: seq, hash: hash, origin: origin, at: Date(timeIntervalSince1970: TimeInterval(at)))
    }
}

extension AuditAnchor {
    /// The moment an anchor was written, as people read it (Shanghai time).
    static func describe(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
