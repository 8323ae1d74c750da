import Foundation
import GRDB
import GRDBSQLite
import Localization
import Synchronization

/// Checks the audit hash chain fast enough for a bureau's decades of records: the records are
/// split into ranges of `seq` checked on several reader connections at once, and each record is
/// hashed straight from the bytes SQLite hands out, with no string made per field. A record holds
/// when its hash covers its content and its stored previous hash, and that previous hash is the
/// hash of the record before it; the ranges are then joined at their edges. Time must never run
/// backwards along the chain.
enum ChainVerifier {
    /// What one range found: its edges for joining, and its first problem.
    struct Segment: Sendable {
        var records = 0
        var firstPrevious: [UInt8] = []
        var lastHash: [UInt8] = []
        var firstAt: Int64 = .min
        var lastAt: Int64 = .min
        var problem: Problem?
    }

    struct Problem: Sendable {
        let seq: Int64
        let reason: Message
    }

    /// Below this many records a second connection costs more than it saves.
    static let recordsPerWorker: Int64 = 50_000

    /// `monotonicTime` is for production databases: a demo or training database seeds cases
    /// dated in the past on purpose, so its times go back and forth along the chain.
    static func verify(_ reader: any DatabaseReader, monotonicTime: Bool) throws -> AuditVerification {
        let (last, head) = try reader.read { db in
            (try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit") ?? 0, try MetaTable.get("audit_head", db) ?? "0:\(AuditChain.genesis)")
        }
        let workers = Int(max(1, min(Int64(min(ProcessInfo.processInfo.activeProcessorCount, 8)), last / recordsPerWorker)))
        let ranges: [ClosedRange<Int64>] = (0..<workers).map { index in
            let lower = last * Int64(index) / Int64(workers) + 1
            let upper = last * Int64(index + 1) / Int64(workers)
            return lower...upper
        }
        let results = Mutex(Array(repeating: Result<Segment, Error>.success(Segment()), count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { index in
            let outcome = Result { try reader.read { try check(ranges[index], monotonicTime: monotonicTime, $0) } }
            results.withLock { $0[index] = outcome }
        }
        var records = 0
        var previous = Array(AuditChain.genesis.utf8)
        var previousAt = Int64.min
        for (index, result) in try results.withLock({ $0 }).enumerated() {
            let segment = try result.get()
            let start = ranges[index].lowerBound
            let headHex = String(decoding: previous, as: UTF8.self)
            if segment.records > 0, segment.firstPrevious != previous {
                return AuditVerification(records: records, head: headHex, problem: (start, StoragePhrases.auditLinkMismatch()))
            }
            if monotonicTime, segment.records > 0, segment.firstAt < previousAt {
                return AuditVerification(records: records, head: headHex, problem: (start, StoragePhrases.auditTimeBackwards()))
            }
            if let problem = segment.problem {
                return AuditVerification(records: records + problem.records(from: start), head: segment.headBefore(problem, else: headHex),
                                         problem: (problem.seq, problem.reason))
            }
            records += segment.records
            if segment.records > 0 {
                previous = segment.lastHash
                previousAt = segment.lastAt
            }
        }
        let headHex = String(decoding: previous, as: UTF8.self)
        if head != "\(records):\(headHex)" {
            return AuditVerification(records: records, head: headHex, problem: (Int64(records) + 1, StoragePhrases.auditHeadMismatch()))
        }
        return AuditVerification(records: records, head: headHex, problem: nil)
    }

    /// Walks one range in order and stops at its first problem.
    static func check(_ range: ClosedRange<Int64>, monotonicTime: Bool, _ db: Database) throws -> Segment {
        var segment = Segment()
        var previous: [UInt8] = []
        defer { if segment.problem != nil { segment.lastHash = previous } }
        let statement = try db.makeStatement(sql: """
            SELECT seq, at_ms, user_id, case_id, event_seq, kind, body, prev_hash, hash FROM audit WHERE seq BETWEEN ? AND ? ORDER BY seq
            """)
        try statement.setArguments([range.lowerBound, range.upperBound])
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        var expected = range.lowerBound
        var previousAt = Int64.min
        var computed = [UInt8](repeating: 0, count: 64)
        var digest = ChainDigest()
        while true {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            let seq = sqlite3_column_int64(sqlite, 0)
            if seq != expected {
                segment.problem = Problem(seq: seq, reason: StoragePhrases.auditGap(expected))
                return segment
            }
            let at = sqlite3_column_int64(sqlite, 1)
            let storedPrevious = bytes(sqlite, 7)
            if segment.records == 0 {
                segment.firstPrevious = Array(storedPrevious)
                segment.firstAt = at
            } else {
                if !storedPrevious.elementsEqual(previous) {
                    segment.problem = Problem(seq: seq, reason: StoragePhrases.auditLinkMismatch())
                    return segment
                }
                if monotonicTime, at < previousAt {
                    segment.problem = Problem(seq: seq, reason: StoragePhrases.auditTimeBackwards())
                    return segment
                }
            }
            digest.reset()
            digest.field(storedPrevious)
            digest.field(seq)
            digest.field(at)
            digest.field(bytes(sqlite, 2))
            digest.field(bytes(sqlite, 3))
            if sqlite3_column_type(sqlite, 4) == SQLITE_NULL {
                digest.field(UnsafeRawBufferPointer(start: nil, count: 0))
            } else {
                digest.field(sqlite3_column_int64(sqlite, 4))
            }
            digest.field(bytes(sqlite, 5))
            digest.field(bytes(sqlite, 6))
            computed.withUnsafeMutableBufferPointer { digest.finish(into: $0) }
            let stored = bytes(sqlite, 8)
            if !stored.elementsEqual(computed) {
                segment.problem = Problem(seq: seq, reason: StoragePhrases.auditHashMismatch())
                return segment
            }
            previous.removeAll(keepingCapacity: true)
            previous.append(contentsOf: stored)
            previousAt = at
            segment.records += 1
            expected += 1
        }
        if expected != range.upperBound + 1 {
            segment.problem = Problem(seq: expected, reason: StoragePhrases.auditGap(expected))
            return segment
        }
        segment.lastHash = previous
        segment.lastAt = previousAt
        return segment
    }

    /// A text column's bytes as SQLite holds them, valid until the next step; empty for NULL.
    private static func bytes(_ statement: OpaquePointer, _ column: Int32) -> UnsafeRawBufferPointer {
        guard let pointer = sqlite3_column_text(statement, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, column)))
    }
}

extension ChainVerifier.Segment {
    /// The hash of the last record that held before `problem`: this range's, or the one before it.
    func headBefore(_ problem: ChainVerifier.Problem, else earlier: String) -> String {
        lastHash.isEmpty ? earlier : String(decoding: lastHash, as: UTF8.self)
    }
}

extension ChainVerifier.Problem {
    /// Records of the range that held before this problem.
    func records(from start: Int64) -> Int { Int(max(0, seq - start)) }
}
