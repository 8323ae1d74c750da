import Foundation
import Testing
import Workflow

/// The public site end to end, with real components the test starts itself: a demo database made
/// by `powerdesk init --demo`, the site written by `powerdesk publish`, served by nginx with the
/// shipped configuration on a loopback port, read over HTTP and by headless Chromium.
@Suite(.serialized) struct PublicWebTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/chromium"

    /// A published demo site behind nginx, for the body of one test.
    static func withSite(_ body: (PublicWebServer, URL, URL) throws -> Void) throws {
        try BinaryHarness.withTemporaryDirectory("public-web") { directory in
            let database = directory.appendingPathComponent("demo.sqlite")
            let site = directory.appendingPathComponent("site")
            let created = try BinaryHarness.run(["init", "--demo", "--db", database.path])
            try #require(created.exited(0), "\(created.err)")
            let published = try BinaryHarness.run(["publish", "--out", site.path, "--db", database.path])
            try #require(published.exited(0), "\(published.err)")
            #expect(published.out.contains("已发布到"))
            let server = try PublicWebServer(site: site, directory: directory)
            defer { server.stop() }
            try body(server, site, database)
        }
    }

    /// Every page reachable from the home page, by following the links in it; each must answer 200.
    static func crawl(_ server: PublicWebServer) throws -> [String: PublicWebServer.Response] {
        var pages: [String: PublicWebServer.Response] = [:]
        var queue = ["/"]
        while let path = queue.popLast() {
            guard pages[path] == nil else { continue }
            let response = try server.get(path)
            #expect(response.status == 200, "\(path) answered \(response.status)")
            pages[path] = response
            guard response.contentType.hasPrefix("text/html") else { continue }
            for link in links(in: response.body) where link.hasPrefix("/") && !link.hasPrefix("//") && pages[link] == nil {
                queue.append(link)
            }
        }
        return pages
    }

    static func links(in html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return found
    }

    static func codes(_ database: URL) throws -> [(serial: String, code: String)] {
        try BinaryHarness.rows(database, "SELECT case_id, code FROM case_query_code ORDER BY case_id").map { ($0[0], $0[1]) }
    }

    static func grouped(_ digits: String) -> String {
        stride(from: 0, to: 16, by: 4).map { i in String(digits.dropFirst(i).prefix(4)) }.joined(separator: "-")
    }

    @Test func everyPageAnswersAndEveryLinkResolves() throws {
        try Self.withSite { server, _, _ in
            let pages = try Self.crawl(server)
            #expect(pages.keys.filter { $0.hasPrefix("/catalogue/") && $0.hasSuffix(".html") }.count == 40, "the 40 items")
            #expect(pages.keys.filter { $0.hasPrefix("/catalogue/") && $0.hasSuffix(".svg") }.count == 40, "their flowcharts")
            #expect(pages["/catalogue/"] != nil && pages["/disclosure/"] != nil && pages["/open-data/schema.txt"] != nil)
            #expect(pages["/progress/p/000001.html"] != nil)
            #expect(pages["/catalogue.json"]?.contentType.hasPrefix("application/json") == true)
            for (path, page) in pages where page.contentType.hasPrefix("text/html") {
                #expect(page.body.contains("<html lang=\"zh-CN\">"), "\(path)")
                #expect(page.body.contains("南通市民族宗教事务局"), "\(path)")
                #expect(page.body.contains("监督电话：0513-85529136"), "\(path)")
                #expect(page.body.contains("投诉渠道："), "\(path)")
                #expect(page.body.contains("<h1>"), "\(path)")
                #expect(!page.body.contains("<script"), "\(path)")
            }
        }
    }

    @Test func theLookupAnswersTheRightCodeAndSaysTheSameForAWrongCodeAndAnUnknownSerial() throws {
        try Self.withSite { server, _, database in
            let codes = try Self.codes(database)
            try #require(codes.count >= 10)
            for (serial, code) in codes.prefix(3) {
                for typed in [Self.grouped(code), code, Self.grouped(code).replacingOccurrences(of: "-", with: "+")] {
                    let found = try server.get("/status?serial=\(serial.lowercased())&code=\(typed)")
                    #expect(found.status == 200 && found.body.contains("<h1>办件 \(serial) 办理情况</h1>"), "\(serial) \(typed)")
                }
            }
            let (serial, code) = codes[0]
            var wrong = Array(code)
            wrong[15] = wrong[15] == "0" ? "1" : "0"
            let wrongCode = try server.get("/status?serial=\(serial)&code=\(String(wrong))")
            let otherKind = serial.hasPrefix("XK") ? "QT" : "XK"
            let unknownSerial = try server.get("/status?serial=\(otherKind)2099999999&code=\(code)")
            #expect(wrongCode.status == 404 && unknownSerial.status == 404)
            #expect(wrongCode.body == unknownSerial.body, "a wrong code must say nothing about whether the serial exists")
            #expect(wrongCode.body.contains("未查到办件"))
            #expect(!wrongCode.body.contains(serial))
        }
    }

    @Test func unknownPathsForgedAndHugeRequestsGetThePlainErrorPageAndWriteNothing() throws {
        try Self.withSite { server, site, database in
            let before = try Self.snapshot(site) + Self.snapshot(database.deletingLastPathComponent(), only: "demo.sqlite")
            let code = try Self.codes(database)[0]
            let huge = String(repeating: "9", count: 20_000)
            let requests: [(String, String)] = [
                ("GET", "/nope"), ("GET", "/manifest.json"), ("GET", "/../manifest.json"), ("GET", "/gen-1/index.html"), ("GET", "/.lock"),
                ("GET", "/status/\(code.serial.prefix(6))/\(code.serial.dropFirst(6).prefix(3))/\(code.serial)-\(code.code).html"),
                ("GET", "/pages/progress/p/000001.html"), ("GET", "/catalogue/%2e%2e/%2e%2e/manifest.json"), ("GET", "/index.html?x=\(huge)"),
                ("POST", "/lookup.html"), ("DELETE", "/index.html"), ("GET", "/%00"), ("GET", "/error.html"),
            ]
            for (method, target) in requests {
                let response = try server.get(target, method: method)
                #expect((400...499).contains(response.status), "\(method) \(target.prefix(80)) answered \(response.status)")
                #expect(response.body.contains("页面不存在或请求无效"), "\(method) \(target.prefix(80))")
                #expect(!response.body.lowercased().contains("nginx"), "\(method) \(target.prefix(80)) shows the server")
            }
            for forged in ["serial=XK2026000001&code=1'%20OR%201=1", "serial=../../etc/passwd&code=1", "serial=XK2026000001", "code=\(code.code)",
                           "serial=XK&serial=\(code.serial)&code=\(code.code)", "serial=%00&code=%0A", "serial=\(huge)&code=\(huge)"] {
                let response = try server.get("/status?\(forged)")
                #expect((400...499).contains(response.status), "\(forged.prefix(80))")
                #expect(response.body.contains("未查到办件") || response.body.contains("页面不存在或请求无效"), "\(forged.prefix(80))")
            }
            let after = try Self.snapshot(site) + Self.snapshot(database.deletingLastPathComponent(), only: "demo.sqlite")
            #expect(before == after, "a request changed a file")
        }
    }

    @Test func repeatedWrongCodesAreSlowedDown() throws {
        try Self.withSite { server, _, database in
            let serial = try Self.codes(database)[0].serial
            var refused = 0
            for attempt in 0..<25 {
                let response = try server.get("/status?serial=\(serial)&code=\(String(format: "%016d", attempt))")
                if response.status == 429 {
                    refused += 1
                    #expect(response.body.contains("页面不存在或请求无效"))
                }
            }
            #expect(refused > 0, "25 quick wrong codes from one address must hit the limit")
        }
    }

    @Test func noIdentityNumberOrFullPersonalNameAppearsAnywhere() throws {
        try Self.withSite { server, site, database in
            let parties = try BinaryHarness.rows(database, "SELECT party_name, party_id_number FROM \"case\"")
            let persons = parties.filter { (try? IdentityCheck.validate($0[1], as: .residentID).get()) != nil }
            try #require(!persons.isEmpty, "the demo has persons among its parties")
            var texts = try Self.crawl(server).values.map(\.body)
            for (serial, code) in try Self.codes(database) {
                texts.append(try server.get("/status?serial=\(serial)&code=\(code)").body)
            }
            texts += Self.files(under: site).compactMap { try? String(contentsOf: $0, encoding: .utf8) }
            let everything = texts.joined(separator: "\n")
            for person in persons {
                #expect(!everything.contains(person[1]), "identity number \(person[1])")
                #expect(!everything.contains(person[0]), "full name \(person[0])")
            }
            // No 18-character resident identity number of anyone, demo or not.
            let pattern = try Regex("[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]")
            for match in everything.matches(of: pattern) {
                #expect((try? IdentityCheck.validate(String(everything[match.range]), as: .residentID).get()) == nil, "\(everything[match.range])")
            }
        }
    }

    @Test func chromiumLoadsThePagesAtPhoneAndDesktopWidths() throws {
        try Self.withSite { server, _, database in
            let (serial, code) = try Self.codes(database)[0]
            let pages: [(String, [String])] = [
                ("/", ["南通市民族宗教事务局政务公开", "监督电话"]),
                ("/catalogue/320600-CF-005.html", ["自由裁量基准", "办理流程图", "监督制约环节", "当事人的权利救济途径"]),
                ("/progress/p/000001.html", ["办理动态", serial]),
                ("/lookup.html", ["办件编号", "查询码"]),
                ("/status?serial=\(serial)&code=\(code)", ["办件 \(serial) 办理情况", "办理过程"]),
                ("/disclosure/", ["双公示"]),
            ]
            for (path, texts) in pages {
                let url = "http://127.0.0.1:\(server.port)\(path)"
                let dom = try Self.browser(["--dump-dom", url], in: server.directory)
                for text in texts { #expect(dom.out.contains(text), "\(path) lacks \(text)") }
                for (width, height) in [(360, 740), (1280, 900)] {
                    let shot = server.directory.appendingPathComponent("shot-\(width).png")
                    try? FileManager.default.removeItem(at: shot)
                    _ = try Self.browser(["--window-size=\(width),\(height)", "--screenshot=\(shot.path)", url], in: server.directory)
                    let png = try Data(contentsOf: shot)
                    #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(path) at \(width)")
                    #expect(Self.pngWidth(png) == width, "\(path) at \(width)")
                    #expect(png.count > 8_000, "\(path) at \(width): a blank screenshot")
                }
            }
        }
    }

    @Test func aCaseMarkedSecretByTheLegalPostLeavesTheSiteAtTheNextRun() throws {
        try Self.withSite { server, site, database in
            let (serial, code) = try Self.codes(database)[0]
            #expect(try server.get("/status?serial=\(serial)&code=\(code)").status == 200)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let refused = try BinaryHarness.run(["secret", serial, "--reason", "涉及国家秘密", "--user", "handler", "--db", database.path], environment: password)
            #expect(refused.exited(1) && refused.err.contains("只有法制审核、分管领导岗位可以将办件标记为不公开"), "\(refused.err)")
            let marked = try BinaryHarness.run(["secret", serial, "--reason", "涉及国家秘密", "--user", "legal", "--db", database.path], environment: password)
            #expect(marked.exited(0) && marked.out.contains("已标记为不公开"), "\(marked.err)")
            let published = try BinaryHarness.run(["publish", "--out", site.path, "--db", database.path])
            #expect(published.exited(0))
            #expect(try server.get("/status?serial=\(serial)&code=\(code)").status == 404)
            #expect(!(try server.get("/progress/p/000001.html").body.contains(serial)))
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    // MARK: Helpers

    static func browser(_ arguments: [String], in directory: URL) throws -> ChildProcess.Outcome {
        let profile = directory.appendingPathComponent("chromium-profile")
        let child = try ChildProcess(executable: URL(fileURLWithPath: chromium),
                                     arguments: ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"] + arguments,
                                     environment: ProcessInfo.processInfo.environment.merging(["HOME": directory.path]) { $1 }, directory: directory)
        let outcome = child.finish(timeout: 90)
        #expect(!outcome.timedOut, "chromium \(arguments.last ?? "") timed out")
        return outcome
    }

    static func pngWidth(_ png: Data) -> Int {
        guard png.count > 24 else { return 0 }
        return png[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }

    static func files(under root: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found
    }

    /// Path, size and modification time of every file, to show nothing was written.
    static func snapshot(_ root: URL, only name: String? = nil) throws -> [String] {
        try files(under: root).filter { name == nil || $0.lastPathComponent == name }.map { url in
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            return "\(url.path) \(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }.sorted()
    }
}
