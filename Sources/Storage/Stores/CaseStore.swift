import Workflow

/// What the desk and the command line need of case storage. The SQLite implementation is
/// `CaseService`; a city-wide PostgreSQL backend would implement the same protocol, with Workflow
/// and the desk unchanged.
public protocol CaseStore: Sendable {
    func open(_ draft: CaseDraft, by actor: Actor, requestID: String?) throws -> CaseResult
    func act(_ caseID: String, _ command: CaseCommand, expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult
    func addMaterials(_ caseID: String, _ materials: [String: Int], expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult
    func recordFacts(_ caseID: String, _ facts: [String: FactValue], expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult
    /// Puts the party's address or contact right, with a reason (one transaction, audited).
    func amendParty(_ caseID: String, address: String, contact: String, reason: String, expectedRevision: Int?, by actor: Actor, requestID: String?) throws -> CaseResult
    func load(_ caseID: String) throws -> CaseState
    func events(_ caseID: String) throws -> [CaseEvent]
    func count() throws -> Int
    func engine(for state: CaseState) throws -> CaseEngine
    func documents(_ caseID: String) throws -> [IssuedDocument]
}

extension CaseStore {
    public func open(_ draft: CaseDraft, by actor: Actor) throws -> CaseResult {
        try open(draft, by: actor, requestID: nil)
    }

    public func act(_ caseID: String, _ command: CaseCommand, expectedRevision: Int? = nil, by actor: Actor) throws -> CaseResult {
        try act(caseID, command, expectedRevision: expectedRevision, by: actor, requestID: nil)
    }

    public func act(_ caseID: String, _ command: CaseCommand, by actor: Actor, requestID: String?) throws -> CaseResult {
        try act(caseID, command, expectedRevision: nil, by: actor, requestID: requestID)
    }

    public func addMaterials(_ caseID: String, _ materials: [String: Int], expectedRevision: Int? = nil, by actor: Actor) throws -> CaseResult {
        try addMaterials(caseID, materials, expectedRevision: expectedRevision, by: actor, requestID: nil)
    }

    public func recordFacts(_ caseID: String, _ facts: [String: FactValue], expectedRevision: Int? = nil, by actor: Actor) throws -> CaseResult {
        try recordFacts(caseID, facts, expectedRevision: expectedRevision, by: actor, requestID: nil)
    }
}
