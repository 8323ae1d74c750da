import Localization
import Workflow

/// An action of the complaint flow at a complaint's step, as the actions dialog offers it:
/// disabled with the reason when the signed-in post may not take it (the store refuses it too).
struct ComplaintActionItem: Hashable {
    let action: ActionDefinition
    let refusal: Message?

    var isEnabled: Bool { refusal == nil }
    /// Whether the flow requires a note (an opinion or a reason) for it.
    var needsNote: Bool { action.opinion == .required || action.reason == .required }
}
