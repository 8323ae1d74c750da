import Foundation
import Localization
import Storage
import Workflow

/// The outcome of a 行政复议 or 行政诉讼 on a case listed behind a number of the board: remedy
/// and outcome chosen (Space, ←/→), the two days, the body and its document number typed. The
/// store checks the post, that the case was decided and the days; the dialog only the dates' form.
struct RemedyOutcomeDialog: Dialog {
    let caseID: String
    var kind = RemedyKind.review
    var result = RemedyResult.upheld
    /// Filed, decided, body, number, note.
    var texts = [TextField(maxLength: 10), TextField(maxLength: 10), TextField(maxLength: 60), TextField(maxLength: 60), TextField(maxLength: 200)]
    /// 0 the remedy, 1 the outcome, then the texts.
    var focus = 0

    static let choices = 2
    var fieldCount: Int { Self.choices + texts.count }

    var keys: [Binding<DialogCommand>] { DialogKeys.form(last: focus == fieldCount - 1, toggle: focus < Self.choices) }
    var takesText: Bool { focus >= Self.choices }
    var hasInput: Bool { texts.contains { !$0.text.isEmpty } }

    mutating func handle(_ command: DialogCommand, key: Key, context: DialogContext) -> DialogOutcome {
        switch command {
        case .next:
            focus = min(fieldCount - 1, focus + 1)
        case .previous:
            focus = max(0, focus - 1)
        case .toggle:
            let step = key == .left ? -1 : 1
            if focus == 0 {
                kind = Self.cycle(RemedyKind.allCases, from: kind, by: step)
            } else {
                result = Self.cycle(RemedyResult.allCases, from: result, by: step)
            }
        case .submit:
            return submit()
        case .close:
            return .close
        case .type:
            if focus >= Self.choices { _ = texts[focus - Self.choices].handle(key) }
        default: break
        }
        return .stay
    }

    static func cycle<T: Equatable>(_ all: [T], from value: T, by step: Int) -> T {
        let index = all.firstIndex(of: value) ?? 0
        return all[(index + step + all.count) % all.count]
    }

    /// The draft, or the first date not in `YYYY-MM-DD` form refused (focus moved to it).
    mutating func submit() -> DialogOutcome {
        var days: [CivilDate] = []
        for index in 0..<2 {
            let text = texts[index].text.trimmingCharacters(in: .whitespaces)
            guard let day = CivilDate(iso: text) else {
                focus = Self.choices + index
                return .refuse(SupervisionThirdPhrases.badDate(text))
            }
            days.append(day)
        }
        return .perform(.supervision(.recordRemedy(RemedyDraft(caseID: caseID, kind: kind, result: result, filedOn: days[0], decidedOn: days[1],
                                                                body: texts[2].text, documentNumber: texts[3].text, note: texts[4].text))))
    }

    /// The message line once recorded.
    static func recorded(_ record: RemedyRecord) -> Message {
        SupervisionThirdPhrases.remedyRecorded(record.caseID, record.kind.name(), record.result.name(), record.body, record.documentNumber,
                                               record.decidedOn.description, record.result.correctsDecision ? SupervisionThirdPhrases.remedyCounts() : "")
    }

    func draw(on screen: Screen, context: DialogContext) {
        let l = context.language
        let width = context.width
        let labels = [SupervisionThirdPhrases.fieldKind, SupervisionThirdPhrases.fieldResult, SupervisionThirdPhrases.fieldFiled,
                      SupervisionThirdPhrases.fieldDecided, SupervisionThirdPhrases.fieldBody, SupervisionThirdPhrases.fieldNumber,
                      SupervisionThirdPhrases.fieldNote].map { DisplayWidth.pad($0.template(l), to: 18) }
        var body: [StyledLine] = []
        var cursor: (row: Int, column: Int)?
        for index in 0..<fieldCount {
            let focused = index == focus
            let label = Span(labels[index], focused ? .heading : .muted)
            switch index {
            case 0: body.append([label, Span("◀ " + kind.name.template(l) + " ▶", focused ? .selected : .plain)])
            case 1: body.append([label, Span("◀ " + result.name.template(l) + " ▶", focused ? .selected : (result.correctsDecision ? .danger : .plain))])
            default:
                let shown = texts[index - Self.choices].visible(width: width - 3 - 18)
                if focused { cursor = (body.count, 18 + shown.cursorColumn) }
                body.append([label, Span(shown.text, TextStyle(underline: true))])
            }
        }
        body.append([Span(SupervisionThirdPhrases.remedyCountsHint.template(l), .muted)])
        let origin = Frame.center(Frame.box(title: SupervisionThirdPhrases.remedyDialogTitle(caseID).text(l), body: body, width: width), width: width,
                                  on: screen)
        if let cursor { screen.placeCursor(row: origin.row + 1 + cursor.row, column: origin.column + 1 + cursor.column) }
    }
}
