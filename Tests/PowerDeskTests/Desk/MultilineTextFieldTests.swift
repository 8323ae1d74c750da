import Testing
@testable import PowerDesk

/// Opinions of several paragraphs.
@Suite struct MultilineTextFieldTests {
    @Test func ctrlOStartsANewLineOnlyInAMultilineField() {
        var opinion = TextField(multiline: true)
        for key in "事实清楚".map(Key.character) { _ = opinion.handle(key) }
        _ = opinion.handle(.control("o"))
        for key in "证据确凿".map(Key.character) { _ = opinion.handle(key) }
        #expect(opinion.text == "事实清楚\n证据确凿")
        let wrapped = opinion.wrapped(width: 20)
        #expect(wrapped.lines == ["事实清楚", "证据确凿"])
        #expect(wrapped.cursorRow == 1 && wrapped.cursorColumn == 8)
        var single = TextField()
        _ = single.handle(.control("o"))
        #expect(single.text.isEmpty)
    }

    @Test func longLinesWrapAtTheFieldsWidthInColumns() {
        let field = TextField(String(repeating: "审", count: 7), multiline: true)
        let wrapped = field.wrapped(width: 6)
        #expect(wrapped.lines == ["审审审", "审审审", "审"])
        #expect(wrapped.cursorRow == 2 && wrapped.cursorColumn == 2)
    }
}
