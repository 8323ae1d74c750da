import Foundation
import Testing
@testable import Workflow

/// Input that is not a definition at all gets one clear, positioned message in bounded time and
/// never a crash.
@Suite struct MalformedInputTests {
    func errors(_ bytes: [UInt8], path: String = "bad.yaml") -> [String] {
        switch SourceFile.decode(path: path, bytes: bytes) {
        case let .failure(problem):
            return [problem.message.key]
        case let .success(source):
            return DefinitionCompiler.compile([source]).errors.map(\.message.key)
        }
    }

    @Test func aBinaryFileIsRefusedBeforeParsing() {
        var bytes: [UInt8] = Array("code: x\n".utf8)
        bytes += [0x00, 0xFF, 0xD8, 0x00, 0x10]
        #expect(errors(bytes) == ["definition.binaryFile"])
    }

    @Test func invalidUTF8IsRefused() {
        #expect(errors([0x63, 0x6F, 0xC3, 0x28, 0x0A]) == ["definition.notUTF8"])
    }

    @Test func aTenMegabyteFileIsRefusedBySize() {
        let bytes = [UInt8](repeating: 0x61, count: 10 * 1024 * 1024)
        let started = ContinuousClock.now
        #expect(errors(bytes) == ["definition.fileTooLarge"])
        #expect(ContinuousClock.now - started < .seconds(5), "refusing by size must not read the content")
    }

    @Test func deepNestingIsRefusedWithoutRecursion() {
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(errors(Array("code: \(flow)\n".utf8)).contains("definition.tooDeep"))
        var block = ""
        for depth in 0..<300 { block += String(repeating: " ", count: depth * 2) + "k\(depth):\n" }
        #expect(errors(Array(block.utf8)).contains("definition.tooDeep"))
    }

    @Test func anEmptyOrCommentOnlyFileIsNamedAsEmpty() {
        #expect(errors([]).first == "definition.emptyFile")
        #expect(errors(Array("# 只有注释\n   \n".utf8)).first == "definition.emptyFile")
    }

    @Test func aScalarWhereAMappingBelongs() {
        #expect(errors(Array("just a sentence\n".utf8)).contains("definition.expectedMapping"))
    }

    @Test func aByteOrderMarkIsTolerated() throws {
        let text = try #require(Fixtures.shippedSources().first { $0.path.hasSuffix("bureau.yaml") }).text
        let decoded = SourceFile.decode(path: "bureau.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect((try? decoded.get().text) == text)
    }

    @Test func aMissingPathIsReportedNotCrashed() {
        let result = DefinitionLoader.compile(paths: ["/nonexistent/flows"])
        #expect(result.set == nil)
        #expect(result.errors.map(\.message.key).contains("definition.pathMissing"))
    }
}
