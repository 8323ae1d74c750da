import Localization

extension CaseEngine {
    /// Who may file a document or an image into a case: whoever may enter its data at its
    /// current step (the same rule as materials and facts), on a case not yet concluded.
    public func fileReasons(_ state: CaseState, by actor: Actor) -> [Message] {
        guard let flow = flow(for: state) else { return [EnginePhrases.unknownItem(state.itemCode)] }
        return dataEntryReasons(state, flow: flow, actor: actor)
    }
}
