/// Whether the counterparty (行政相对人) is a natural person or an organisation: the simplified
/// procedure's fine ceiling and the documents' wording depend on it.
public enum PartyKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organization
}
