import Documents
import Foundation

/// A stored transcript: the sheet as it prints, who wrote it when, and its signed scan once
/// one is filed back (the archive binds the scan, else the sheet).
public struct Transcript: Sendable, Hashable {
    public let sheet: TranscriptSheet
    public let writtenAt: Date
    public let writtenBy: String
    public let signed: SignedCopy?

    /// The scan of the signed paper, kept in the case's file store by its SHA-256.
    public struct SignedCopy: Sendable, Hashable {
        public let sha256: String
        public let name: String
        public let kind: FileKind?
        public let size: Int
        public let at: Date
        public let by: String
    }

    public var number: Int64 { sheet.number }
    public var caseID: String { sheet.caseID }
}
