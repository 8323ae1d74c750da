/// What a key on the main desk asks for.
enum DeskCommand: Hashable, Sendable {
    case up
    case down
    case pageUp
    case pageDown
    case home
    case end
    case nextTab
    case previousTab
    case act
    case newCase
    case catalogue
    case users
    case materials
    case facts
    case documents
    case files
    case transcripts
    case tag
    case bulkApprove
    case toggleFlow
    case scrollDown
    case scrollUp
    case refresh
    case search
    case help
    case board
    case complaints
    case quit
}
