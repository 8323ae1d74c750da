import Foundation

/// nginx started by a test on a free loopback port with the SHIPPED site configuration
/// (`packaging/nginx/powerdesk-public.conf`), only its listen address and site directory
/// replaced, inside a minimal main configuration of the test's own. Stopped by its own pid.
final class PublicWebServer {
    let port: Int
    let directory: URL
    private let child: ChildProcess

    static let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/nginx"

    init(site: URL, directory: URL) throws {
        self.directory = directory
        port = try Self.freePort()
        let shipped = try String(contentsOf: BinaryHarness.root.appendingPathComponent("packaging/nginx/powerdesk-public.conf"), encoding: .utf8)
        let server = shipped
            .replacingOccurrences(of: "    listen 80;\n", with: "    listen 127.0.0.1:\(port);\n")
            .replacingOccurrences(of: "    listen [::]:80;\n", with: "")
            .replacingOccurrences(of: "set $powerdesk_site /var/lib/powerdesk-public;", with: "set $powerdesk_site \(site.path);")
        guard server.contains("127.0.0.1:\(port)"), server.contains(site.path) else { throw Failure("the shipped configuration changed shape") }
        try server.write(to: directory.appendingPathComponent("server.conf"), atomically: true, encoding: .utf8)
        let d = directory.path
        let main = """
            worker_processes 1;
            daemon off;
            pid \(d)/nginx.pid;
            error_log \(d)/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log \(d)/access.log;
                client_body_temp_path \(d)/body;
                proxy_temp_path \(d)/proxy;
                fastcgi_temp_path \(d)/fastcgi;
                uwsgi_temp_path \(d)/uwsgi;
                scgi_temp_path \(d)/scgi;
                include \(d)/server.conf;
            }

            """
        try main.write(to: directory.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
        child = try ChildProcess(executable: URL(fileURLWithPath: Self.nginx), arguments: ["-c", "\(d)/nginx.conf", "-p", d],
                                 environment: ProcessInfo.processInfo.environment, directory: directory)
        for _ in 0..<100 {
            if (try? get("/"))?.status == 200 { return }
            usleep(50_000)
        }
        child.kill()
        throw Failure("nginx did not answer on port \(port): \((try? String(contentsOf: directory.appendingPathComponent("error.log"), encoding: .utf8)) ?? "")")
    }

    /// SIGTERM to the master this test started (its pid file), which stops its worker too; a
    /// SIGKILL would leave the worker listening.
    func stop() {
        if let text = try? String(contentsOf: directory.appendingPathComponent("nginx.pid"), encoding: .utf8),
           let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1 {
            Foundation.kill(pid, SIGTERM)
        }
        _ = child.finish(timeout: 10)
    }

    struct Response {
        let status: Int
        let body: String
        let contentType: String
    }

    /// A request with curl (raw paths and query strings exactly as given, no client-side cleaning).
    func get(_ target: String, method: String = "GET") throws -> Response {
        let bodyFile = directory.appendingPathComponent("response-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: bodyFile) }
        let curl = try ChildProcess(executable: URL(fileURLWithPath: "/usr/bin/curl"),
                                    arguments: ["-s", "--path-as-is", "-X", method, "-o", bodyFile.path, "-w", "%{http_code} %{content_type}",
                                                "http://127.0.0.1:\(port)\(target)"],
                                    environment: ProcessInfo.processInfo.environment, directory: directory)
        let outcome = curl.finish(timeout: 30)
        let parts = outcome.out.split(separator: " ", maxSplits: 1)
        guard outcome.exited(0), let status = parts.first.flatMap({ Int($0) }) else { throw Failure("curl failed on \(target): \(outcome.err)") }
        let body = (try? String(contentsOf: bodyFile, encoding: .utf8)) ?? ""
        return Response(status: status, body: body, contentType: parts.count > 1 ? String(parts[1]) : "")
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("no socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Failure("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
