import Localization
import Testing
@testable import PowerDesk

/// Editing Chinese text: the cursor moves by whole characters, the view scrolls in columns.
@Suite struct TextFieldTests {
    @Test func theCursorMovesByWholeCharacters() {
        var field = TextField("宗教活动")
        #expect(field.cursor == 4)
        _ = field.handle(.left)
        _ = field.handle(.backspace)
        #expect(field.text == "宗教动")
        _ = field.handle(.character("场"))
        #expect(field.text == "宗教场动")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "教场动")
        #expect(field.visible(width: 20).cursorColumn == 0)
        _ = field.handle(.end)
        #expect(field.visible(width: 20).cursorColumn == 6, "three Chinese characters are six columns")
    }

    @Test func longTextScrollsToKeepTheCursorInView() {
        let field = TextField(String(repeating: "审", count: 30))
        let shown = field.visible(width: 10)
        #expect(DisplayWidth.of(shown.text) <= 10)
        #expect(shown.cursorColumn <= 9)
        #expect(shown.text.allSatisfy { $0 == "审" })
    }

    @Test func secretsAreShownAsDots() {
        let field = TextField("demo", secret: true)
        #expect(field.visible(width: 10).text == "••••")
    }
}

