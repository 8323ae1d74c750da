import Foundation
import GRDB
import Testing
@testable import Storage
import Workflow

/// The compact binary form of case states and compiled definitions: what goes in comes out, keys
/// added later are optional, and damaged bytes are an error, never a crash.
@Suite struct CompactCodingTests {
    struct Sample: Codable, Equatable {
        enum Kind: Codable, Equatable {
            case plain
            case named(String, count: Int)
            case nested(Inner)
        }

        struct Inner: Codable, Equatable {
            var text: String
            var numbers: [Int]
        }

        var text: String
        var empty: String
        var chinese: String
        var negative: Int
        var big: Int64
        var unsigned: UInt64
        var ratio: Double
        var flag: Bool
        var optional: String?
        var absent: Int?
        var list: [Inner]
        var map: [String: Int]
        var kinds: [Kind]
        var date: Date
        var nestedOptional: [String?]
    }

    static let sample = Sample(
        text: "hello", empty: "", chinese: "南通市民族宗教事务局 🙂", negative: -123_456, big: .min, unsigned: .max, ratio: -0.1,
        flag: true, optional: "有", absent: nil, list: [Inner(text: "a", numbers: [1, -2, 300_000]), Inner(text: "", numbers: [])],
        map: ["一": 1, "二": 2], kinds: [.plain, .named("名", count: 3), .nested(Inner(text: "x", numbers: [0]))],
        date: Date(timeIntervalSince1970: 1_773_622_800.5), nestedOptional: ["x", nil, ""]
    )

    typealias Inner = Sample.Inner

    @Test func valuesRoundTrip() throws {
        let bytes = try CompactEncoder().encode(Self.sample)
        #expect(bytes.first == CompactEncoder.magic)
        #expect(try CompactDecoder().decode(Sample.self, from: bytes) == Self.sample)
    }

    @Test func realCaseStatesRoundTripAndAreSmallerThanJSON() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let ids = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\" ORDER BY id") }
        #expect(ids.count >= 10)
        for id in ids {
            let state = try store.cases.load(id)
            let compact = try EventCoding.stateData(state)
            #expect(try EventCoding.state(from: compact) == state, "\(id)")
            let json = Data(try EventCoding.text(state).utf8)
            #expect(compact.count < json.count, "\(id): \(compact.count) bytes against \(json.count) as JSON")
            // Rows written as JSON by earlier versions still read.
            #expect(try EventCoding.state(from: json) == state)
        }
    }

    @Test func reusingAHistorysEncodedRecordsWritesTheSameBytes() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let ids = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\" ORDER BY id") }
        var foreign = EncodedParts()
        for id in ids {
            let state = try store.cases.load(id)
            let plain = try CompactEncoder().encode(state)
            let first = try CompactEncoder().encode(state, reusing: nil)
            #expect(first.bytes == plain)
            #expect(first.parts.records.count == state.history.count)
            #expect(first.parts.opinions.count == state.opinions.count)
            #expect(first.parts.counts?.value == state.materials && first.parts.facts?.value == state.facts && first.parts.party?.value == state.party)
            // Reused in full, and from another case's parts (which differ, so are not reused;
            // where equal, an equal dictionary may list its keys in another order: the same state).
            #expect(try CompactEncoder().encode(state, reusing: first.parts).bytes == plain)
            #expect(try CompactDecoder().decode(CaseState.self, from: CompactEncoder().encode(state, reusing: foreign).bytes) == state)
            foreign = EncodedParts(records: first.parts.records.reversed(), opinions: first.parts.opinions.reversed(),
                                   counts: first.parts.counts, facts: first.parts.facts, party: first.parts.party)
        }
    }

    /// The dictionaries of a case's state are written in key order, so equal states encode to
    /// the same bytes however their dictionaries were built (`audit verify` compares bytes first).
    @Test func equalDictionariesEncodeAlikeWhateverTheirHistory() throws {
        struct Maps: Codable, Equatable {
            var counts: [String: Int]
            var facts: [String: FactValue]
            var texts: [String: String]?
            var kinds: [ActionKind: Int]
        }
        let keys = (0..<300).map { "键\($0)" }
        func maps(_ order: [String], capacity: Int) -> Maps {
            var counts = [String: Int](minimumCapacity: capacity)
            var facts = [String: FactValue](minimumCapacity: capacity)
            var texts = [String: String](minimumCapacity: capacity)
            var kinds = [ActionKind: Int](minimumCapacity: capacity)
            for (index, key) in order.enumerated() {
                counts[key] = key.count
                facts[key] = .text("值" + key)
                texts[key] = key
                let kind = ActionKind.allCases[index % ActionKind.allCases.count]
                kinds[kind] = kind.rawValue.count
            }
            return Maps(counts: counts, facts: facts, texts: texts, kinds: kinds)
        }
        let ascending = maps(keys, capacity: 0)
        let descending = maps(keys.reversed(), capacity: 4_096)
        try #require(ascending == descending)
        let bytes = try CompactEncoder().encode(ascending)
        #expect(try CompactEncoder().encode(descending) == bytes)
        #expect(try CompactDecoder().decode(Maps.self, from: bytes) == ascending)
    }

    /// A stored state matches its replay by bytes, or, for a row an earlier version wrote (JSON,
    /// or dictionaries in hash order), by value; a different state never matches.
    @Test func aStoredStateMatchesByBytesOrByValue() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let rows = try store.database.pool.read { try Row.fetchAll($0, sql: "SELECT id, state FROM \"case\" ORDER BY id") }
        var previous: CaseState?
        for row in rows {
            let state = try store.cases.load(row["id"])
            #expect(EventCoding.stateMatches(row, state), "\(row["id"] as String)")
            let legacy = Row(["state": Data(try EventCoding.text(state).utf8)])
            #expect(EventCoding.stateMatches(legacy, state))
            if let previous { #expect(!EventCoding.stateMatches(row, previous)) }
            previous = state
        }
    }

    @Test func aFieldAddedLaterIsOptional() throws {
        struct Old: Codable { var text: String }
        struct New: Codable, Equatable { var text: String; var added: String? }
        let bytes = try CompactEncoder().encode(Old(text: "旧"))
        #expect(try CompactDecoder().decode(New.self, from: bytes) == New(text: "旧", added: nil))
        #expect(throws: DecodingError.self) { try CompactDecoder().decode(Sample.self, from: bytes) }
    }

    @Test func damagedBytesAreAnErrorNeverACrash() throws {
        let bytes = try CompactEncoder().encode(Self.sample)
        // Every single-byte damage, exhaustively (a random sample once let a length run into the
        // UTF-8 bytes after it and overflow Int, which trapped).
        var decoded = 0
        var tried = 0
        for index in bytes.indices {
            for value in UInt8.min...UInt8.max where value != bytes[index] {
                var damaged = bytes
                damaged[index] = value
                tried += 1
                if (try? CompactDecoder().decode(Sample.self, from: damaged)) != nil { decoded += 1 }
            }
        }
        // Some flips land in a payload and still decode (to a different value); none may crash.
        #expect(decoded < tried)
    }

    @Test func aContainerUsedOutOfOrderIsRefusedNotMisencoded() throws {
        struct Interleaved: Encodable {
            enum Keys: String, CodingKey { case a, b, c }
            func encode(to encoder: any Encoder) throws {
                var outer = encoder.container(keyedBy: Keys.self)
                var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .a)
                try outer.encode(1, forKey: .b)
                try inner.encode(2, forKey: .c)
            }
        }
        #expect(throws: EncodingError.self) { try CompactEncoder().encode(Interleaved()) }
    }
}
