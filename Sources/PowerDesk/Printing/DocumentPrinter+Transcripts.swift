import Documents
import Foundation
import Localization
import Storage
import Typesetting

/// Transcripts (笔录) through the same typesetter as the documents: laid out for signature, the
/// kind's signature line on every page.
extension DocumentPrinter {
    func transcriptPDF(_ transcript: Transcript) throws -> TypesetOutput {
        let agency = try store.definitions.activeSet().set.bureau.name
        return try pdfTypesetter().typeset(transcript.sheet.document(agency: agency, printedAt: transcript.writtenAt))
    }

    /// Writes the transcript into the output folder and sends it to the printer when one is set.
    func printTranscript(_ transcript: Transcript) throws -> Outcome {
        let output = try transcriptPDF(transcript)
        let path = try write(output.data, named: freeName("\(transcript.caseID)_transcript_\(transcript.number)", in: setup.outputDirectory))
        let sent = send(path, output.data)
        return Outcome(message: sent.message, warning: output.missingCharactersWarning, succeeded: sent.succeeded)
    }

    /// The files the archive binds for the case's transcripts: signed scans, else generated PDFs.
    func transcriptArchiveFiles(_ caseID: String) throws -> [(file: AttachedFile, data: Data?)] {
        try TranscriptRepository(store: store).archiveFiles(caseID) { try transcriptPDF($0).data }
    }
}
