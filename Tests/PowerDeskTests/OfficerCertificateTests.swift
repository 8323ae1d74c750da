import Foundation
import Testing

/// Enforcement officers end to end (行政处罚法 Art. 42, 55): `user certify` records a certificate
/// (admin only, audited); `batch` refuses a fellow officer without a valid certificate, and a
/// window clerk even with one; the 调查终结报告 names each officer with the certificate number.
@Suite struct OfficerCertificateTests {
    static func openLine() throws -> String {
        let object: [String: Any] = [
            "op": "open", "request": "o-1", "item": "320600-CF-019", "subject": "执法人员",
            "party": ["kind": "organization", "name": "某文化传播有限公司", "id": "91110000600037341L", "address": "南通市崇川区某路1号"],
            "materials": ["filing-form": 1, "inquiry-record": 1, "evidence": 1], "facts": ["activity-date": "2026-03-01", "place": "某村文化礼堂"],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func finish(_ caseID: String, with officer: String) throws -> String {
        let object: [String: Any] = [
            "op": "act", "case": caseID, "action": "finish-investigation", "opinion": "事实清楚", "participants": [officer],
            "penalty": ["violations": [["level": "minor", "sanctions": [["kind": "order-stop"], ["kind": "fine", "yuan": "5000"]]]]],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func onlyCertificatedOfficersInvestigateAndTheReportNamesTheirNumbers() throws {
        try BinaryHarness.withTemporaryDirectory("officers") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let environment = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let byHandler = try BinaryHarness.run(["user", "certify", "clerk", "--number", "32060099", "--until", "2028-12-31", "--user", "handler", "--db", database.path],
                                                  environment: environment)
            #expect(byHandler.exited(1), "only an admin certifies: \(byHandler.out)")
            let certified = try BinaryHarness.run(["user", "certify", "clerk", "--number", "32060099", "--until", "2028-12-31", "--user", "admin", "--db", database.path],
                                                  environment: environment)
            #expect(certified.exited(0), "\(certified.err)")
            #expect(certified.out.contains("32060099"))

            let opened = try BatchResult.decode(try BinaryHarness.batch([try Self.openLine()], user: "handler", database: database).lines)
            let caseID = try #require(opened.first?.case, "\(opened)")
            let filed = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "file", opinion: "同意立案")], user: "chief", database: database).lines)
            try #require(filed.first?.ok == true, "\(filed)")
            let run = try BinaryHarness.batch([try Self.finish(caseID, with: "legal"), try Self.finish(caseID, with: "clerk"), try Self.finish(caseID, with: "monitor"),
                                               try Self.finish(caseID, with: "handler2")], user: "handler", database: database)
            let results = try BatchResult.decode(run.lines)
            try #require(results.count == 4, "\(run.out) \(run.err)")
            #expect(results.map(\.ok) == [false, false, false, true])
            #expect(results[0].errors?.first?.contains("legal") == true && results[0].errors?.first?.contains("第42条") == true, "\(results[0])")
            #expect(results[1].errors?.first?.contains("窗口人员") == true, "\(results[1])")
            #expect(results[2].errors?.first?.contains("未持有有效的行政执法证件") == true, "\(results[2])")

            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
            let report = try #require(listed.out.split(separator: "\n").first { $0.contains("案件调查终结报告") }?.split(separator: " ").first.map(String.init), "\(listed.out)")
            let shown = try BinaryHarness.run(["doc", "show", report, "--db", database.path])
            let text = DocumentCommandTests.squeezed(shown.out)
            #expect(text.contains("李承办（执法证号：32060020260001）") && text.contains("赵承办（执法证号：32060020260002）"), "\(shown.out)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
