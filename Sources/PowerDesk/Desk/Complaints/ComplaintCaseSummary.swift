/// A case a complaint concerns, as its detail lists it: read by the desk when the detail opens,
/// so the dialog itself reads no database.
struct ComplaintCaseSummary: Hashable {
    let id: String
    let item: String
    let status: String
    let party: String
}
