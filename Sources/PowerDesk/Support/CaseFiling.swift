import Foundation
import Localization
import Storage
import Workflow

/// Files a file from disk into a case, for the command line and batch alike: read within the
/// allowed folders (`CaseFileReader`), stored once by content, and, when it came from the drop
/// folder, moved out of it into its `已归档` subfolder so the folder shows only what waits.
enum CaseFiling {
    struct Outcome {
        let result: AttachmentResult
        /// Where a file taken from the drop folder went.
        let movedTo: String?
    }

    static func file(_ path: String, entry: String, evidence: Bool, caseID: String, store: PowerDeskStore, actor: Actor) throws -> Outcome {
        let configuration = SiteConfiguration.current
        let inbox = configuration.value("inbox").value ?? ""
        let allowed = [inbox] + (configuration.value("attach-from").value ?? "").split(separator: ":").map(String.init)
        let (data, resolved) = try CaseFileReader.read(path, limit: store.attachments.maximumBytes, allowed: allowed)
        let name = (resolved as NSString).lastPathComponent
        let result = try store.attachments.attach(data, name: name, material: entry, evidence: evidence, to: caseID, by: actor)
        var movedTo: String?
        let inboxRoot = URL(fileURLWithPath: inbox).standardizedFileURL.resolvingSymlinksInPath().path
        if !inbox.isEmpty, (resolved as NSString).deletingLastPathComponent == inboxRoot {
            movedTo = try? Privilege.asUser { try moveFiled(resolved, inbox: inboxRoot) }
        }
        return Outcome(result: result, movedTo: movedTo)
    }

    /// `inbox/已归档/NAME`, with a number added when that name is taken; never overwrites.
    private static func moveFiled(_ path: String, inbox: String) throws -> String {
        let filed = (inbox as NSString).appendingPathComponent("已归档")
        try FileManager.default.createDirectory(atPath: filed, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let name = (path as NSString).lastPathComponent
        var target = (filed as NSString).appendingPathComponent(name)
        var number = 1
        while FileManager.default.fileExists(atPath: target) {
            number += 1
            target = (filed as NSString).appendingPathComponent("\(number)-\(name)")
        }
        try FileManager.default.moveItem(atPath: path, toPath: target)
        return target
    }

    /// The files waiting in the drop folder, by name, with what their content is. A file above
    /// `limit` is not read at all (it could not be filed anyway); its detection is nil.
    static func waiting(limit: Int) -> (folder: String, files: [(name: String, size: Int, detection: FileKind.Detection?)]) {
        let inbox = SiteConfiguration.current.value("inbox").value ?? ""
        let names = ((try? Privilege.asUser { try FileManager.default.contentsOfDirectory(atPath: inbox) }) ?? []).sorted()
        var files: [(String, Int, FileKind.Detection?)] = []
        for name in names where !name.hasPrefix(".") {
            let path = (inbox as NSString).appendingPathComponent(name)
            guard let attributes = try? Privilege.asUser({ try FileManager.default.attributesOfItem(atPath: path) }),
                  attributes[.type] as? FileAttributeType == .typeRegular
            else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            guard size <= limit else {
                files.append((name, size, nil))
                continue
            }
            let data = (try? Privilege.asUser { try Data(contentsOf: URL(fileURLWithPath: path)) }) ?? Data()
            files.append((name, size, FileKind.detect(data)))
        }
        return (inbox, files)
    }
}
