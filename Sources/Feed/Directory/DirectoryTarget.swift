import Crypto
import Foundation
import Localization
import Storage

/// A directory drop for sites without a database link. Batch N is `N.jsonl` (one record a line),
/// then `N.manifest.json` (the file's SHA-256, count and range), then the empty `N.done`: each
/// under a temporary name, flushed and renamed. A reader takes only batches with their `.done`;
/// the cursor is the last such batch's manifest, so a run killed before a `.done` leaves a batch
/// that the next run writes again whole, and no record is in two finished batches.
public final class DirectoryTarget: FeedTarget {
    public let name: String
    let config: FeedTargetConfig
    let directory: String
    private var nextBatch = 1

    public init(_ config: FeedTargetConfig) {
        name = config.name
        self.config = config
        directory = config.path ?? "."
    }

    public func open() throws -> TargetCursor {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FeedError(FeedPhrases.directoryFailed(directory, error.localizedDescription))
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let done = names.compactMap { $0.hasSuffix(".done") ? Int($0.dropLast(5)) : nil }.max()
        nextBatch = (done ?? 0) + 1
        // What an interrupted run left: temporary files, and a batch without its marker.
        for name in names where (name.hasPrefix(".") && name.hasSuffix(".tmp")) || Self.batchNumber(name).map({ $0 >= nextBatch }) == true {
            unlink("\(directory)/\(name)")
        }
        guard let done else { return TargetCursor(delivered: 0, parked: []) }
        let manifest = try Self.readManifest(done, in: directory)
        return TargetCursor(delivered: manifest.lastSeq, parked: [])
    }

    public func deliver(_ records: [OutboxRecord], after: Int64, retrying parked: [OutboxRecord], auditHead: String?) throws -> TargetCursor {
        guard let first = records.first, let last = records.last else { return TargetCursor(delivered: after, parked: []) }
        let batch = nextBatch
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records.count * 600)
        for record in records { Self.appendLine(record, to: &bytes) }
        let dataName = Self.name(batch, "jsonl")
        try DurableFile.write(bytes, to: dataName, in: directory)
        let manifest = DropManifest(
            batch: batch, source: config.source,
            files: [.init(name: dataName, sha256: Self.sha256(bytes), bytes: bytes.count, records: records.count, firstSeq: first.seq, lastSeq: last.seq)],
            lastSeq: last.seq, auditHead: auditHead, writtenAt: ISO8601DateFormatter().string(from: Date()))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try DurableFile.write(Array(try encoder.encode(manifest)), to: Self.name(batch, "manifest.json"), in: directory)
        try DurableFile.write([], to: Self.name(batch, "done"), in: directory)
        nextBatch = batch + 1
        return TargetCursor(delivered: last.seq, parked: [])
    }

    public func close() {}

    /// "00000001.jsonl": eight digits sort as numbers do.
    static func name(_ batch: Int, _ suffix: String) -> String {
        let digits = String(batch)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits + "." + suffix
    }

    static func batchNumber(_ name: String) -> Int? {
        guard let dot = name.firstIndex(of: "."), name.first != "." else { return nil }
        return Int(name[..<dot])
    }

    /// One line: the record's envelope with its payload as the JSON object it already is.
    static func appendLine(_ record: OutboxRecord, to bytes: inout [UInt8]) {
        bytes += Array("{\"seq\":\(record.seq),\"kind\":".utf8)
        appendQuoted(record.kind, to: &bytes)
        bytes += Array(",\"key\":".utf8)
        appendQuoted(record.key, to: &bytes)
        bytes += Array(",\"case\":".utf8)
        if let caseID = record.caseID { appendQuoted(caseID, to: &bytes) } else { bytes += Array("null".utf8) }
        bytes += Array(",\"atMs\":\(record.atMilliseconds),\"hash\":\"\(record.hash)\",\"payload\":".utf8)
        bytes += Array(record.payload.utf8)
        bytes += Array("}\n".utf8)
    }

    /// JSON string escaping of the few characters that need it.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0..<0x20: bytes += Array(String(format: "\\u%04x", byte).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// A finished batch's manifest, checked against its data file: a drop edited by hand is
    /// not resumed from.
    static func readManifest(_ batch: Int, in directory: String) throws -> DropManifest {
        guard let data = FileManager.default.contents(atPath: "\(directory)/\(name(batch, "manifest.json"))"),
              let manifest = try? JSONDecoder().decode(DropManifest.self, from: data)
        else { throw FeedError(FeedPhrases.manifestBroken(batch), retryable: false) }
        for file in manifest.files {
            guard let content = FileManager.default.contents(atPath: "\(directory)/\(file.name)"), sha256(Array(content)) == file.sha256 else {
                throw FeedError(FeedPhrases.manifestBroken(batch), retryable: false)
            }
        }
        return manifest
    }
}
