/// What the caller must carry out besides persisting the events, inside the same transaction.
public enum CaseEffect: Sendable, Hashable {
    /// Produce this document type for the case (R18).
    case produceDocument(String)
    /// Show this to the supervision desk (R24).
    case flag(SupervisionFlag)
    /// Close the other case as absorbed into this one (并案); its events are in `sideEvents`.
    case absorb(caseID: String)
}
