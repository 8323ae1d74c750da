/// A structured value an action asks for besides its opinion: the hearing's date, time, place,
/// publicity and host (行政处罚法 Art. 64), a document's service (method, date, recipient). Declared
/// in the flow definition, so the generic action form, `batch` and the documents read the same
/// list, and the law's particulars are checked instead of buried in free text.
public struct ActionInput: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let type: ActionInputType
    public let required: Bool
    /// The allowed values of a `choice`.
    public let choices: [String]
    /// For a `user`: steps whose actors and fellow officers may not be chosen (the hearing's host
    /// is not one of the case's investigators, Art. 64(四)).
    public let recuseFrom: [String]
    /// The article a refusal names (the recusal rule's, for a `user` with `recuseFrom`).
    public let basis: String?

    public init(code: String, name: String, type: ActionInputType, required: Bool, choices: [String] = [], recuseFrom: [String] = [], basis: String? = nil) {
        self.code = code
        self.name = name
        self.type = type
        self.required = required
        self.choices = choices
        self.recuseFrom = recuseFrom
        self.basis = basis
    }
}
