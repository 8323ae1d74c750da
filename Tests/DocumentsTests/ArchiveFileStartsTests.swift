@testable import Documents
import Testing

/// The contents of a case archive give each bound file's first page: files follow the archive's
/// own pages in order, and a file not bound takes no page.
@Suite struct ArchiveFileStartsTests {
    static func file(_ name: String, pages: Int?) -> ArchivedFile {
        ArchivedFile(name: name, entry: "材料", kind: "PDF", size: 1, sha256: String(repeating: "a", count: 64), pages: pages,
                     problem: pages == nil ? "损坏" : nil)
    }

    @Test func filesFollowTheArchivesOwnPagesAndSkippedOnesTakeNone() {
        let files = [Self.file("一.pdf", pages: 3), Self.file("坏.pdf", pages: nil), Self.file("照片.png", pages: 1), Self.file("二.pdf", pages: 2)]
        #expect(CaseArchive.fileStarts(files, after: 10) == [11, nil, 14, 15])
        #expect(CaseArchive.fileStarts([], after: 7).isEmpty)
        #expect(CaseArchive.fileStarts([Self.file("坏.pdf", pages: nil)], after: 7) == [nil])
    }
}
