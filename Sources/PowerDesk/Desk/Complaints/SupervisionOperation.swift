import Storage

/// What the supervision dialogs (complaints, 复议/诉讼 outcomes) ask of the database, performed
/// by the view that holds them in its one place (`MainDeskView.runSupervision`, the board's
/// `perform`), through `DeskOperation.supervision`.
enum SupervisionOperation {
    /// The complaint's detail as the signed-in post may see it, with the cases it concerns.
    case show(String)
    /// One action of the complaint flow, with the note typed.
    case act(id: String, action: String, note: String)
    /// A 复议 or 诉讼 outcome on a decided case.
    case recordRemedy(RemedyDraft)
}
