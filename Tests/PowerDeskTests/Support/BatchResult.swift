import Foundation

/// One result line of `powerdesk batch`, decoded so tests compare fields rather than text.
struct BatchResult: Decodable, Sendable {
    let line: Int
    let ok: Bool
    let `case`: String?
    let step: String?
    let revision: Int?
    let repeated: Bool?
    let errors: [String]?

    /// Every result line of a batch's output; a line that is not a result fails the decoding,
    /// because the batch promises one JSON object per line.
    static func decode(_ lines: some Sequence<String>) throws -> [BatchResult] {
        try lines.map { try JSONDecoder().decode(BatchResult.self, from: Data($0.utf8)) }
    }
}
