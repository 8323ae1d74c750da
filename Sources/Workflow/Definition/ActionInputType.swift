/// The kind of value an action input takes, so the engine can check it and a form can ask for it
/// the right way (a date field, a choice list, a list of users).
public enum ActionInputType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// A time of day, `HH:MM` (24 hours).
    case time
    /// Free text, one line.
    case text
    /// One of the input's `choices`.
    case choice
    /// An amount of money in yuan (`8000`, `8000.50`, `1.2万`), kept as yuan with two decimals.
    case money
    /// A user id of the bureau (the hearing's host): checked against the user records by Storage.
    case user
}
