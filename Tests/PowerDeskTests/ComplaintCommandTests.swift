import Foundation
import Testing
@testable import PowerDesk
import Storage

/// Complaints from the command line and the public mailbox: an mbox and a Maildir decoded by
/// GMime (RFC 2047 subjects in GB2312 and UTF-8, a GB18030 body, a base64 attachment), each mail
/// registered once however often the import runs, its attachment kept byte for byte.
@Suite struct ComplaintCommandTests {
    static let mbox = """
        From zhang@example.cn Mon Mar 16 08:00:00 2026
        From: =?GBK?B?1cXI/Q==?= <zhang@example.cn>
        To: jubao@mzj.nantong.gov.cn
        Subject: =?GB2312?B?udjT2rDsvP7Nz9HTtcTNtsvf?=
        Message-ID: <m1@example.cn>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=GB18030
        Content-Transfer-Encoding: base64

        tLC/2sjL1LHMrLbIyfrTsqOsx+u6y7LpoaM=
        --b1
        Content-Type: application/pdf; name="evidence.pdf"
        Content-Disposition: attachment; filename="evidence.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQgdGVzdA==
        --b1--

        From someone Mon Mar 16 09:00:00 2026
        Subject: =?UTF-8?Q?=E5=AF=B9=E5=AE=97=E6=95=99=E6=B4=BB=E5=8A=A8=E5=AE=A1=E6=89=B9=E7=9A=84=E6=84=8F=E8=A7=81?=
        Message-ID: <m2@example.cn>
        Content-Type: text/plain; charset=UTF-8

        建议缩短审批时间。

        """

    @Test func theMailboxIsDecodedByGMime() throws {
        let messages = try MailboxReader.messages(in: Data(Self.mbox.utf8), mbox: true)
        #expect(messages.count == 2)
        let first = try #require(messages.first)
        #expect(first.subject == "关于办件拖延的投诉")
        #expect(first.fromName == "张三" && first.fromAddress == "zhang@example.cn")
        #expect(first.body.contains("窗口人员态度生硬"))
        #expect(first.messageID == "m1@example.cn")
        #expect(first.attachments.map(\.name) == ["evidence.pdf"])
        #expect(first.attachments.first?.data == Data("%PDF-1.4 test".utf8))
        #expect(messages.last?.subject == "对宗教活动审批的意见")
        #expect(messages.last?.fromAddress == "")
    }

    @Test func importedOnceRegisteredByTheMonitorAndShownWithoutTheNameToTheLeader() throws {
        try BinaryHarness.withTemporaryDirectory("complaint-import") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let mbox = directory.appendingPathComponent("inbox.mbox")
            try Self.mbox.write(to: mbox, atomically: true, encoding: .utf8)
            let maildir = directory.appendingPathComponent("Maildir")
            for folder in ["cur", "new", "tmp"] {
                try FileManager.default.createDirectory(at: maildir.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let single = Self.mbox.components(separatedBy: "\n").dropFirst().prefix { !$0.hasPrefix("From someone") }.joined(separator: "\n")
            try single.write(to: maildir.appendingPathComponent("new/1773619200.1.host"), atomically: true, encoding: .utf8)

            let first = try BinaryHarness.run(["complaint", "import", mbox.path, "--user", "monitor", "--db", database.path], environment: password)
            #expect(first.exited(0), "\(first.err)")
            #expect(first.out.contains("关于办件拖延的投诉"))
            #expect(first.out.contains("新登记2件"))
            let again = try BinaryHarness.run(["complaint", "import", maildir.path, "--user", "monitor", "--db", database.path], environment: password)
            #expect(again.exited(0), "\(again.err)")
            #expect(again.out.contains("新登记0件"))

            let store = try PowerDeskStore.open(at: database.path)
            let monitor = try #require(try store.users.actor("monitor"))
            let all = try store.complaints.list(all: true, for: monitor)
            #expect(all.count == 2)
            let mail = try #require(all.first { $0.subject == "关于办件拖延的投诉" })
            #expect(mail.identity?.contact == "zhang@example.cn")
            #expect(mail.files == ["evidence.pdf"])
            #expect(all.first { $0.subject != mail.subject }?.anonymous == true)

            let shown = try BinaryHarness.run(["complaint", "show", mail.id, "--user", "leader", "--db", database.path], environment: password)
            #expect(shown.exited(0), "\(shown.err)")
            #expect(!shown.out.contains("zhang@example.cn") && shown.out.contains("仅监察岗位可见"))
            let refused = try BinaryHarness.run(["complaint", "show", mail.id, "--user", "handler", "--db", database.path], environment: password)
            #expect(refused.exited(1))

            let typed = try BinaryHarness.run(["complaint", "add", "--subject", "电话投诉", "--body", "办理人员未一次性告知", "--anonymous",
                                               "--officer", "handler", "--user", "clerk", "--db", database.path], environment: password)
            #expect(typed.exited(0), "\(typed.err)")
            let bad = try BinaryHarness.run(["complaint", "add", "--subject", "x", "--body", "y", "--channel", "fax", "--anonymous",
                                             "--user", "clerk", "--db", database.path], environment: password)
            #expect(bad.exited(2))
        }
    }
}
