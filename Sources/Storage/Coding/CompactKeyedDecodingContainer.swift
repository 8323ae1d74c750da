import Foundation

/// A keyed container's entries, found in one pass. Values are usually asked for in the order they
/// were written, so the search starts where the last one was found (a class, because the
/// protocol's reads are not `mutating` and the cursor moves).
final class CompactKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    struct Entry {
        let keyStart: Int
        let keyLength: Int
        let value: CompactReader.Region
    }

    let decoding: CompactDecoding
    private let entries: [Entry]
    private var cursor = 0
    var codingPath: [any CodingKey] { decoding.codingPath }

    init(decoding: CompactDecoding) throws {
        self.decoding = decoding
        let reader = decoding.reader
        guard !decoding.region.isNil else { throw CompactReader.damaged(decoding.codingPath) }
        var entries: [Entry] = []
        var offset = decoding.region.start
        let end = decoding.region.end
        while offset < end {
            // A damaged length can exceed Int: an error, not a trap.
            guard let length = Int(exactly: try reader.varint(at: &offset, within: end, decoding.codingPath)), length <= end - offset else {
                throw CompactReader.damaged(decoding.codingPath)
            }
            let keyStart = offset
            let (value, next) = try reader.region(at: offset + length, within: end, decoding.codingPath)
            entries.append(Entry(keyStart: keyStart, keyLength: length, value: value))
            offset = next
        }
        self.entries = entries
    }

    var allKeys: [Key] {
        entries.compactMap { entry in
            Key(stringValue: String(decoding: UnsafeRawBufferPointer(rebasing: decoding.reader.buffer[entry.keyStart..<(entry.keyStart + entry.keyLength)]), as: UTF8.self))
        }
    }

    private func matches(_ entry: Entry, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.count == entry.keyLength
            && (utf8.count == 0 || memcmp(utf8.baseAddress!, decoding.reader.buffer.baseAddress! + entry.keyStart, utf8.count) == 0)
    }

    /// The key's name is read once per search (an absent optional field scans every entry).
    private func find(_ key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { utf8 in
            if cursor < entries.count, matches(entries[cursor], utf8) { return cursor }
            return entries.indices.first { matches(entries[$0], utf8) }
        }
    }

    private func region(_ key: Key) throws -> CompactReader.Region {
        guard let index = find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
        }
        cursor = index + 1
        return entries[index].value
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let index = find(key) else { return true }
        return entries[index].value.isNil
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try decoding.reader.string(try region(key), codingPath)
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        Int(try decoding.reader.integer(try region(key), codingPath))
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try decoding.reader.boolean(try region(key), codingPath)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value = try region(key)
        // A nil region decodes only as an Optional; anything else finds it damaged.
        return try decoding.reader.value(type, value, codingPath)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = find(key) else { return nil }
        cursor = index + 1
        let value = entries[index].value
        if value.isNil { return nil }
        return try decoding.reader.value(type, value, codingPath)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try region(key)
        return KeyedDecodingContainer(try CompactKeyedDecodingContainer<NestedKey>(
            decoding: CompactDecoding(reader: decoding.reader, region: value, codingPath: codingPath)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let value = try region(key)
        return try CompactUnkeyedDecodingContainer(decoding: CompactDecoding(reader: decoding.reader, region: value, codingPath: codingPath))
    }

    func superDecoder() throws -> any Decoder {
        guard let index = entries.firstIndex(where: { entry in
            entry.keyLength == 5 && String(decoding: UnsafeRawBufferPointer(rebasing: decoding.reader.buffer[entry.keyStart..<(entry.keyStart + 5)]), as: UTF8.self) == "super"
        }) else { throw CompactReader.damaged(codingPath) }
        return CompactDecoding(reader: decoding.reader, region: entries[index].value, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        CompactDecoding(reader: decoding.reader, region: try region(key), codingPath: codingPath)
    }
}
