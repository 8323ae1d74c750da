import Foundation
import Testing

/// Through `powerdesk batch`: a request id sent again with another operation is refused with a
/// message and exit 1, and nothing is recorded; the same line sent again is answered as repeated.
@Suite struct RequestIdTests {
    @Test func aReusedIdWithAnotherOperationIsRefused() throws {
        try BinaryHarness.withTemporaryDirectory("request-id") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let cases = try BinaryHarness.value(database, "SELECT COUNT(*) FROM \"case\"")
            let first = BinaryHarness.openLicenceLine(request: "w-1", subject: "第一次")
            let opened = try BinaryHarness.batch([first], user: "clerk", database: database)
            #expect(opened.exited(0), "\(opened.err)")
            let other = BinaryHarness.openLicenceLine(request: "w-1", subject: "另一项")
            let refused = try BinaryHarness.batch([other, first], user: "clerk", database: database)
            #expect(refused.exited(1))
            #expect(refused.lines.count == 2)
            #expect(refused.lines[0].contains("\"ok\":false"))
            #expect(refused.lines[0].contains("请求编号 w-1 已用于另一项不同的操作"))
            #expect(refused.lines[1].contains("\"repeated\":true"))
            #expect(try Int(BinaryHarness.value(database, "SELECT COUNT(*) FROM \"case\"")) == Int(cases)! + 1)
        }
    }
}
