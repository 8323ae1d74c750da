import CLibpq
import Foundation
import Localization
#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection, with every statement bounded in time: sent asynchronously and waited for
/// with `poll`, so a target that stops answering (hung, overloaded, a network that drops packets)
/// costs at most the timeout, never the whole run.
final class PostgresConnection {
    private var connection: OpaquePointer?
    let timeout: Int

    init(conninfo: String, passfile: String?, timeout: Int) throws {
        self.timeout = timeout
        // conninfo is expanded first; what follows overrides it: our time limit, a name the
        // exchange's administrator recognises in pg_stat_activity, and the password file.
        var keys = ["dbname", "connect_timeout", "application_name", "client_encoding"]
        var values = [conninfo, String(timeout), "powerdesk-feed", "UTF8"]
        if let passfile {
            keys.append("passfile")
            values.append(passfile)
        }
        let made = Self.withCStrings(keys) { keys in Self.withCStrings(values) { values in PQconnectdbParams(keys, values, 1) } }
        guard let made else { throw FeedError(FeedPhrases.connectFailed(Self.describe(conninfo), "out of memory")) }
        guard PQstatus(made) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(made)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(made)
            throw Self.connectError(message, conninfo: conninfo)
        }
        connection = made
    }

    deinit { close() }

    func close() {
        if let connection { PQfinish(connection) }
        connection = nil
    }

    /// Runs one statement with text parameters and returns its rows as text.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        guard let connection else { throw FeedError(FeedPhrases.connectionLost("closed")) }
        let sent = Self.withOptionalCStrings(parameters) { values in
            PQsendQueryParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard sent == 1 else { throw lost() }
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        while PQisBusy(connection) == 1 {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                // The server may still be working on it: ask it to stop, and drop the connection
                // (the open transaction rolls back with it).
                if let cancel = PQgetCancel(connection) {
                    var buffer = [CChar](repeating: 0, count: 256)
                    _ = PQcancel(cancel, &buffer, 256)
                    PQfreeCancel(cancel)
                }
                close()
                throw FeedError(FeedPhrases.timedOut(timeout))
            }
            var descriptor = pollfd(fd: PQsocket(connection), events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, Int32(min(remaining, 1) * 1000))
            guard PQconsumeInput(connection) == 1 else { throw lost() }
        }
        var rows: [[String?]] = []
        var failure: PostgresFailure?
        var sawResult = false
        while let result = PQgetResult(connection) {
            sawResult = true
            defer { PQclear(result) }
            let status = PQresultStatus(result)
            if status == PGRES_TUPLES_OK {
                rows = Self.rows(result)
            } else if status != PGRES_COMMAND_OK {
                let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
                let message = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
                    ?? String(cString: PQresultErrorMessage(result))
                failure = PostgresFailure(sqlState: state, message: message)
            }
        }
        if PQstatus(connection) != CONNECTION_OK { throw lost() }
        if let failure { throw failure }
        guard sawResult else { throw lost() }
        return rows
    }

    private func lost() -> FeedError {
        let message = connection.map { String(cString: PQerrorMessage($0)).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        close()
        return FeedError(FeedPhrases.connectionLost(message.isEmpty ? "-" : message))
    }

    private static func rows(_ result: OpaquePointer) -> [[String?]] {
        (0..<PQntuples(result)).map { row in
            (0..<PQnfields(result)).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    /// Wrong credentials need a person; anything else may pass by the next attempt.
    static func connectError(_ message: String, conninfo: String) -> FeedError {
        let lowered = message.lowercased()
        if lowered.contains("password authentication failed") || lowered.contains("no password supplied")
            || lowered.contains("authentication failed") || lowered.contains("does not exist") && lowered.contains("role") {
            return FeedError(FeedPhrases.authenticationFailed(message), retryable: false)
        }
        return FeedError(FeedPhrases.connectFailed(describe(conninfo), message))
    }

    /// The connection string as it may be shown: it never holds a password (refused when read).
    static func describe(_ conninfo: String) -> String { conninfo }

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) }
        pointers.append(nil)
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }

    private static func withOptionalCStrings<T>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> T) -> T {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
