import Foundation

/// What the last publishing run saw, kept beside the site (`manifest.json`): the change counter
/// it read up to, the day it ran (cases fall overdue with the date, not with a commit), the digest
/// of everything the small page set is made from, the generation in `current`, the last listing
/// page, and the secret items and definition version the per-case pages were written under.
struct PublishManifest: Codable, Equatable {
    var changeSeq: Int64 = 0
    var day: String = ""
    var smallDigest: String = ""
    var generation: Int = 0
    var lastPage: Int = 0
    var version: Int64 = 0
    var secretItems: [String] = []

    static let fileName = "manifest.json"

    static func read(in directory: URL) -> PublishManifest? {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(PublishManifest.self, from: data)
    }

    func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}
