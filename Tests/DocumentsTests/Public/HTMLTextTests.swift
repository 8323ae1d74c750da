import Documents
import Foundation
import Testing

/// Text from the database cannot become markup, reorder what a page shows, or hide in it.
@Suite struct HTMLTextTests {
    @Test(arguments: [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)", "</title><script>x</script>",
        "a & b", "<!--", "]]><svg onload=alert(1)>", "&lt;already&gt;", "<a href=\"javascript:alert(1)\">x</a>",
    ])
    func hostileTextIsNeverMarkup(_ hostile: String) {
        let escaped = HTMLText.escape(hostile)
        #expect(!escaped.contains("<"))
        #expect(!escaped.contains(">"))
        #expect(!escaped.contains("\""))
        #expect(!escaped.contains("'"))
        // Every & that remains starts one of our entities.
        let ampersands = escaped.components(separatedBy: "&").dropFirst()
        #expect(ampersands.allSatisfy { $0.hasPrefix("amp;") || $0.hasPrefix("lt;") || $0.hasPrefix("gt;") || $0.hasPrefix("quot;") || $0.hasPrefix("#39;") })
    }

    @Test func escapingRoundTripsThroughAnEntityDecoder() {
        let text = "南通市某寺 <b>&\"'</b> 张三"
        let decoded = HTMLText.escape(text).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        #expect(decoded == text)
    }

    @Test func controlsAndDirectionOverridesAreTakenOut() {
        let hostile = "张\u{202E}三\u{0007}\u{001B}[31m\u{200B}\u{2066}x\u{2028}y\u{FEFF}\u{0085}"
        let escaped = HTMLText.escape(hostile)
        #expect(escaped == "张三[31mxy")
        #expect(HTMLText.plain("a\nb\tc\u{202D}") == "a b c")
    }

    @Test func lineBreaksStayWhereAsked() {
        #expect(HTMLText.escapeLines("一<\n二>") == "一&lt;\n二&gt;")
    }
}
