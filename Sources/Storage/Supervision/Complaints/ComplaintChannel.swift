/// How a complaint reached the bureau: typed from the phone line, imported from the public
/// mailbox, or taken in person.
public enum ComplaintChannel: String, Sendable, Hashable, CaseIterable {
    case phone
    case mailbox
    case inPerson = "in-person"
}
