/// What the complaint dialogs ask of the database, performed by the desk in its one place
/// (`MainDeskView.runComplaint`, through `DeskOperation.complaint`).
enum ComplaintOperation {
    /// The complaint's detail as the signed-in post may see it, with the cases it concerns.
    case show(String)
    /// One action of the complaint flow, with the note typed.
    case act(id: String, action: String, note: String)
}
