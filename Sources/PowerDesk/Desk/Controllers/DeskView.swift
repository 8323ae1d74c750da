/// A full screen of the desk (login, the main desk): it draws itself and answers keys.
protocol DeskView: AnyObject {
    func render(on screen: Screen)
    func handle(_ key: Key) -> ViewOutcome
}

/// What a key did to the application as a whole.
enum ViewOutcome {
    case stay
    case quit
    case replace(DeskView)
}
