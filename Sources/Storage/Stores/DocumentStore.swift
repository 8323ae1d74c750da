import Documents
import Localization
import Workflow

/// What the desk and the command line need of issued documents: reading them, correcting one
/// by a new document, logging prints, and the audit trail a case archive includes.
public protocol DocumentStore: Sendable {
    func documents(_ caseID: String) throws -> [IssuedDocument]
    func document(_ id: Int64) throws -> IssuedDocument
    /// Finds a document by its number (通民宗罚决字〔2026〕12号) or its id.
    func document(reference: String) throws -> IssuedDocument
    /// A new document replacing one, with the reason; `partyAddress` also puts the party's
    /// address right in the case, in the same transaction.
    func correct(_ id: Int64, reason: String, partyAddress: String?, by actor: Actor) throws -> IssuedDocument
    /// Starts a print: whether it is a copy (a print was made before, the document was replaced,
    /// or the actor's posts only read), logged as pending until `finishPrint`.
    func beginPrint(_ id: Int64, by actor: Actor) throws -> PrintTicket
    /// Ends a print: printed (audited as a print), written to a file instead of printed
    /// (`writtenToFile`, audited as such; it counts like a print) or failed (audited as a failure,
    /// and not counted, so the next print can still be the original).
    func finishPrint(
        _ ticket: PrintTicket, succeeded: Bool, destination: String, path: String?, detail: String?,
        writtenToFile: String?, by actor: Actor) throws
    /// Says why the actor may not correct the document, or nil when they may.
    func correctionRefusal(_ id: Int64, by actor: Actor) throws -> Message?
    /// Logs that a case's archive was printed, with where it went, or written to a file instead.
    func recordArchivePrint(_ caseID: String, destination: String, writtenToFile: String?, by actor: Actor) throws
    func auditTrail(_ caseID: String) throws -> [AuditRecord]
    /// Everything the case archive binds: cover, documents as issued, opinions, materials, trail.
    func archive(_ caseID: String) throws -> CaseArchive
}

extension DocumentStore {
    public func finishPrint(
        _ ticket: PrintTicket, succeeded: Bool, destination: String, path: String?, detail: String?, by actor: Actor
    ) throws {
        try finishPrint(
            ticket, succeeded: succeeded, destination: destination, path: path, detail: detail, writtenToFile: nil,
            by: actor)
    }

    public func recordArchivePrint(_ caseID: String, destination: String, by actor: Actor) throws {
        try recordArchivePrint(caseID, destination: destination, writtenToFile: nil, by: actor)
    }

    public func correct(_ id: Int64, reason: String, by actor: Actor) throws -> IssuedDocument {
        try correct(id, reason: reason, partyAddress: nil, by: actor)
    }
}
