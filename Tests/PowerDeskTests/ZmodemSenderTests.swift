import Foundation
@testable import PowerDesk
import Testing

/// The desk's ZMODEM arguments against lrzsz itself: `sz` with them and `rz` joined by two pipes,
/// as a ZMODEM terminal joins them, carry a file across byte for byte under its own name.
@Suite struct ZmodemSenderTests {
    @Test func theDesksArgumentsCarryAFileToARealReceiver() throws {
        try #require(ZmodemSender.isAvailable("sz") && ZmodemSender.isAvailable("rz"), "lrzsz (sz, rz) is installed by scripts/install-deps")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zmodem-\(UUID().uuidString)")
        let received = directory.appendingPathComponent("received")
        try FileManager.default.createDirectory(at: received, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("送达回证 2026.bin")
        let bytes = Data((0..<150_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        try bytes.write(to: file)

        let toReceiver = Pipe()
        let toSender = Pipe()
        let sender = Process()
        sender.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sender.arguments = ["sz"] + ZmodemSender.arguments(file.path)
        sender.standardInput = toSender
        sender.standardOutput = toReceiver
        sender.standardError = FileHandle.nullDevice
        let receiver = Process()
        receiver.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        receiver.arguments = ["rz", "-b", "-e"]
        receiver.currentDirectoryURL = received
        receiver.standardInput = toReceiver
        receiver.standardOutput = toSender
        receiver.standardError = FileHandle.nullDevice
        try receiver.run()
        try sender.run()
        for handle in [toReceiver.fileHandleForReading, toReceiver.fileHandleForWriting, toSender.fileHandleForReading, toSender.fileHandleForWriting] {
            try? handle.close()
        }
        // A transfer that stalls fails the test instead of hanging it.
        let watchdog = DispatchWorkItem {
            if sender.isRunning { sender.terminate() }
            if receiver.isRunning { receiver.terminate() }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        sender.waitUntilExit()
        receiver.waitUntilExit()
        watchdog.cancel()
        #expect(sender.terminationStatus == 0)
        #expect(receiver.terminationStatus == 0)
        #expect(try Data(contentsOf: received.appendingPathComponent("送达回证 2026.bin")) == bytes)
    }

    @Test func aSenderIsFoundOnThePathOrByItsPath() {
        #expect(ZmodemSender.isAvailable("sh", path: "/usr/bin:/bin"))
        #expect(!ZmodemSender.isAvailable("sh", path: "/nonexistent"))
        #expect(ZmodemSender.isAvailable("/bin/sh", path: nil))
        #expect(!ZmodemSender.isAvailable("/nonexistent/sz", path: "/usr/bin"))
    }
}
