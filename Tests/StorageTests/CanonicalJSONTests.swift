import Foundation
import Testing
@testable import Storage
import Workflow

/// Events are hashed into the audit chain as JSON text: the fast encoder must write exactly what
/// Foundation's `JSONEncoder` (sorted keys, unescaped slashes, whole seconds) writes, the form of
/// every event stored so far.
@Suite struct CanonicalJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func everyDemoEventAndStateEncodesAsFoundationDoes() throws {
        let fixture = try StoreFixture()
        let store = try fixture.demo()
        let ids = try store.database.pool.read { try String.fetchAll($0, sql: "SELECT id FROM \"case\" ORDER BY id") }
        var events = 0
        for id in ids {
            for event in try store.cases.events(id) {
                #expect(try CanonicalJSONEncoder().encode(event) == Self.foundation(event))
                events += 1
            }
            let state = try store.cases.load(id)
            #expect(try CanonicalJSONEncoder().encode(state) == Self.foundation(state))
        }
        #expect(events > 50)
    }

    @Test func stringsAndNumbersEncodeAsFoundationDoes() throws {
        var texts = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        texts += ["", "南通/崇川\\区\"某路\"", "\u{2028}\u{2029}\u{7F}\u{85}\u{202E}", "🙂𠮷", "a\u{0}b"]
        for text in texts {
            #expect(try CanonicalJSONEncoder().encode([text]) == Self.foundation([text]), "\(Array(text.unicodeScalars))")
        }
        let numbers: [Double] = [0, -0.0, 1, -1, 0.5, 1_773_622_800, 1_773_622_800.25, 1e15, 123.456, -987_654.125]
        for number in numbers {
            #expect(try CanonicalJSONEncoder().encode([number]) == Self.foundation([number]), "\(number)")
        }
        let dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_773_622_800)]
        #expect(try CanonicalJSONEncoder().encode(dates) == Self.foundation(dates))
        let keyed: [String: Int?] = ["b": 1, "a": nil, "中": 2, "A": 3, "_0": 4]
        #expect(try CanonicalJSONEncoder().encode(keyed) == Self.foundation(keyed))
        #expect(try CanonicalJSONEncoder().encode([Int64.min, Int64.max]) == Self.foundation([Int64.min, Int64.max]))
    }
}
