import Foundation
import GRDB
import Workflow

/// The stored forms of events and states. Events are JSON with sorted keys and whole seconds, so
/// the same value always encodes to the same text (the audit chain hashes that text, and people
/// read it). A case's state, rewritten at every operation and read for every queue row, is in the
/// compact binary form (`CompactEncoder`); rows written as JSON by earlier versions still read.
enum EventCoding {
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }

    static func text<T: Encodable>(_ value: T) throws -> String {
        try CanonicalJSONEncoder().encode(value)
    }

    static func value<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder().decode(type, from: Data(text.utf8))
    }

    static func stateData(_ state: CaseState) throws -> Data {
        Data(try CompactEncoder().encode(state))
    }

    /// The same, reusing the encoded history records and opinions of the last time.
    static func stateData(_ state: CaseState, reusing parts: EncodedParts?) throws -> (data: Data, parts: EncodedParts) {
        let (bytes, made) = try CompactEncoder().encode(state, reusing: parts)
        return (Data(bytes), made)
    }

    static func state(from data: Data) throws -> CaseState {
        let bytes = [UInt8](data)
        if CompactDecoder.isCompact(bytes) { return try CompactDecoder().decode(CaseState.self, from: bytes) }
        return try decoder().decode(CaseState.self, from: data)
    }

    /// The state column of a row, whichever form it was written in.
    static func state(_ row: Row, _ column: String = "state") throws -> CaseState {
        guard let data = row[column] as Data? else { throw CompactReader.damaged([]) }
        return try state(from: data)
    }

    /// Whether a stored state column holds `state`: its bytes compared with `state` encoded now
    /// (dictionaries are written in key order, so equal states encode alike), and only when they
    /// differ — a row written by an earlier version, or a changed one — decoded and compared by
    /// value. Encoding costs a fraction of decoding, and `audit verify` does this for every case.
    static func stateMatches(_ row: Row, _ state: CaseState, _ column: String = "state") -> Bool {
        guard let data = row[column] as Data? else { return false }
        if let encoded = try? CompactEncoder().encode(state), data.elementsEqual(encoded) { return true }
        return (try? self.state(from: data)) == state
    }

    /// Whole seconds, so an instant survives the round trip through JSON exactly.
    static func truncate(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
