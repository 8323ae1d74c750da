import Localization

/// Putting a draft version in force is asked twice: it changes every case opened from now on.
/// `y` confirms; any other key goes back to the catalogue below.
struct ConfirmDraftDialog: Dialog {
    let version: Int64

    var keys: [Binding<DialogCommand>] {
        [Binding([.character("y")], DialogPhrases.keyConfirm, .confirm),
         Binding([.escape, .character("n")], DeskPhrases.keyCancel, .close),
         DialogKeys.help]
    }

    /// Any other key cancels, as before.
    var takesText: Bool { true }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        command == .confirm ? .perform(.confirmDraft(version)) : .close
    }

    func draw(on screen: Screen, context: DialogContext) {
        let inner = context.width - 2
        let prompt = DisplayWidth.wrap(DeskPhrases.confirmPrompt(version).text(context.language), to: inner - 4).map { [Span($0, .warning)] as StyledLine }
        Frame.center(Frame.box(title: DeskPhrases.keyCatalogue.template(context.language), body: prompt, width: inner - 2), width: inner - 2, on: screen)
    }
}
