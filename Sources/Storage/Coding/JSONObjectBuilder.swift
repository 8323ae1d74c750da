/// A JSON object written field by field, byte for byte what `CanonicalJSONEncoder` writes for the
/// synthesised `Encodable` of the same struct (keys sorted, nil fields left out), without the
/// encoder's containers, boxes and tree. The outbox writes several records in every case
/// operation's transaction; through `Codable` they cost a quarter of the commit path.
/// `FeedJSONTests` compares the two on every record kind.
struct JSONObjectBuilder {
    private var fields: [(key: String, value: [UInt8])] = []

    init() {
        fields.reserveCapacity(24)
    }

    mutating func set(_ key: String, _ value: String?) {
        guard let value else { return }
        fields.append((key, JSONSlot.quoted(value)))
    }

    mutating func set(_ key: String, _ value: Int?) {
        guard let value else { return }
        fields.append((key, Array(String(value).utf8)))
    }

    mutating func set(_ key: String, _ value: Int64?) {
        guard let value else { return }
        fields.append((key, Array(String(value).utf8)))
    }

    mutating func set(_ key: String, _ value: Bool) {
        fields.append((key, Array((value ? "true" : "false").utf8)))
    }

    mutating func set(_ key: String, strings: [String]) {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, text) in strings.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONSlot.quote(text, into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        fields.append((key, bytes))
    }

    mutating func set(_ key: String, object: JSONObjectBuilder?) {
        guard let object else { return }
        fields.append((key, object.bytes))
    }

    mutating func set(_ key: String, objects: [JSONObjectBuilder]) {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, object) in objects.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            object.write(into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        fields.append((key, bytes))
    }

    /// A dictionary with string keys, which `Codable` writes as an object.
    mutating func set<Value: BinaryInteger>(_ key: String, counts: [String: Value]) {
        var object = JSONObjectBuilder()
        for (name, value) in counts { object.fields.append((name, Array(String(value).utf8))) }
        fields.append((key, object.bytes))
    }

    func write(into output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        for (index, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONSlot.quote(field.key, into: &output)
            output.append(UInt8(ascii: ":"))
            output.append(contentsOf: field.value)
        }
        output.append(UInt8(ascii: "}"))
    }

    var bytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(fields.reduce(2) { $0 + $1.key.utf8.count + $1.value.count + 4 })
        write(into: &output)
        return output
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
