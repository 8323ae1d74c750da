import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `attach CASE FILE --transcript N`: the scan of a signed transcript filed back as its signed
/// copy, read as any case file is (allowed folders, the caller's rights, the size limit, refused
/// when it changes while read).
enum TranscriptFiling {
    static func validate(material: String?, evidence: String?, language: Language) throws {
        if material != nil || evidence != nil { throw ValidationError(TranscriptPhrases.transcriptOrEntry().text(language)) }
    }

    static func fileSigned(_ path: String, number: Int64, caseID: String, store: PowerDeskStore, actor: Actor, language: Language) throws {
        let configuration = SiteConfiguration.current
        let allowed = [configuration.value("inbox").value ?? ""] + (configuration.value("attach-from").value ?? "").split(separator: ":").map(String.init)
        let (data, resolved) = try CaseFileReader.read(path, limit: store.attachments.maximumBytes, allowed: allowed)
        let name = (resolved as NSString).lastPathComponent
        let transcript = try TranscriptRepository(store: store).attachSigned(data, name: name, to: number, caseID: caseID, by: actor)
        let digest = transcript.signed?.sha256 ?? ""
        Console.out(TranscriptPhrases.signedFiled(name, number, transcript.sheet.kind.name, digest).text(language))
    }
}
