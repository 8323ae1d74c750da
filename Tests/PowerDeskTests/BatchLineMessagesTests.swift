import Foundation
import Localization
@testable import PowerDesk
import Testing

/// A `batch` line that is not an operation is told what is wrong in the user's language, with
/// the field as the line names it — not the decoder's English or Swift's type names.
@Suite struct BatchLineMessagesTests {
    static func message(_ line: String, _ language: Language = .zh) -> String {
        do {
            _ = try JSONDecoder().decode(BatchOperation.self, from: Data(line.utf8))
            return "decoded"
        } catch {
            return BatchRunner.describe(error).text(language)
        }
    }

    @Test func eachMistakeIsNamedInChinese() {
        #expect(Self.message("{\"op\":\"open\",") == "JSON 格式有误（请检查引号、逗号和括号是否成对）")
        #expect(Self.message("{\"case\":\"XK2026000001\"}") == "缺少“op”")
        #expect(Self.message("{\"op\":1}") == "“op”应为文字（加引号）")
        #expect(Self.message("{\"op\":\"materials\",\"materials\":{\"safety-plan\":\"一份\"}}") == "“materials.safety-plan”应为整数")
        #expect(Self.message("{\"op\":\"act\",\"revision\":\"3\"}") == "“revision”应为整数")
        #expect(Self.message("{\"op\":\"open\",\"materials\":[1]}") == "“materials”应为对象（{…}）")
        #expect(Self.message("{\"op\":1}", .en) == "\"op\" should be text (in quotes)")
    }
}
