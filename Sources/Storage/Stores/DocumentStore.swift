import Documents
import Workflow

/// What the desk and the command line need of issued documents: reading them, correcting one
/// by a new document, logging prints, and the audit trail a case archive includes.
public protocol DocumentStore: Sendable {
    func documents(_ caseID: String) throws -> [IssuedDocument]
    func document(_ id: Int64) throws -> IssuedDocument
    /// Finds a document by its number (通民宗罚决字〔2026〕12号) or its id.
    func document(reference: String) throws -> IssuedDocument
    func correct(_ id: Int64, reason: String, by actor: Actor) throws -> IssuedDocument
    /// Logs a print and says whether it is a copy (every print after the first).
    func recordPrint(_ id: Int64, destination: String, by actor: Actor) throws -> Bool
    /// Logs that a case's archive was printed, with where it went.
    func recordArchivePrint(_ caseID: String, destination: String, by actor: Actor) throws
    func auditTrail(_ caseID: String) throws -> [AuditRecord]
    /// Everything the case archive binds: cover, documents as issued, opinions, materials, trail.
    func archive(_ caseID: String) throws -> CaseArchive
}
