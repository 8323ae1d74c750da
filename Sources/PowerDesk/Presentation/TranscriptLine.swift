import Documents
import Localization
import Storage

/// One transcript on one line, for `transcript list` and the desk's list alike: number, kind,
/// when it began, officers, recorder, signed or awaiting signatures. Typed text is cleaned of
/// control characters.
enum TranscriptLine {
    static func text(_ transcript: Transcript) -> Message {
        let sheet = transcript.sheet
        let started = sheet.kind.heads.first { $0.type == .time }.flatMap { sheet.heads[$0.code] } ?? ""
        let officers = sheet.officers.map(\.name).joined(separator: "、")
        let state = transcript.signed == nil ? TranscriptPhrases.unsignedMark : TranscriptPhrases.signedMark
        return TranscriptPhrases.listLine(sheet.number, sheet.kind.name, TranscriptSheet.clean(started), TranscriptSheet.clean(officers),
                                          TranscriptSheet.clean(sheet.recorderName), state)
    }
}
