import Localization

/// Help for what is in front: the keys of the dialog it was opened over (from that dialog's own
/// table), or the desk's keys and marks. Any key returns.
struct HelpDialog: Dialog {
    let body: [StyledLine]

    var keys: [Binding<DialogCommand>] {
        [Binding([.escape, .enter, .function(1), .character("q")], DeskPhrases.keyClose, .close)]
    }

    /// Every other key closes it too, as the help line says.
    var takesText: Bool { true }

    /// The help of a dialog: a heading and one line per meaning of its key table.
    init(keysOf dialog: any Dialog, language: Language) {
        body = [[Span(DeskPhrases.helpKeysTitle.template(language), .heading)]] + Binding.helpLines(dialog.keys, language: language)
    }

    init(body: [StyledLine]) {
        self.body = body
    }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome { .close }

    func draw(on screen: Screen, context: DialogContext) {
        let width = context.width
        let lines = Array(body.prefix(max(1, screen.rows - 3))) + [[Span(DeskPhrases.helpClose().text(context.language), .muted)]]
        Frame.center(Frame.box(title: DeskPhrases.helpTitle().text(context.language), body: lines, width: width), width: width, on: screen)
    }
}
