import Foundation
import Localization
import Typesetting
import Workflow

/// The archive of a whole case as one PDF (R7): cover, table of contents, every document as
/// issued, every opinion, the material list and the audit trail. Each part starts on a new page;
/// the contents give each part's first page, counted by the typesetter itself.
public struct CaseArchive: Sendable {
    public let state: CaseState
    public let set: DefinitionSet
    /// The rendered cover (the 卷宗封面 template).
    public let cover: String
    public let documents: [ArchivedDocument]
    public let trail: [ArchiveTrailEntry]
    /// User id → name, for the officers who took part in each action.
    public let userNames: [String: String]
    /// The case's files, bound after the archive's own pages (issue 18); their page counts are
    /// known before typesetting, so the contents can give each file's first page.
    public var files: [ArchivedFile] = []

    public init(state: CaseState, set: DefinitionSet, cover: String, documents: [ArchivedDocument], trail: [ArchiveTrailEntry], userNames: [String: String] = [:]) {
        self.state = state
        self.set = set
        self.cover = cover
        self.documents = documents
        self.trail = trail
        self.userNames = userNames
    }

    struct Part {
        let title: String
        let number: String
        let date: String
        let blocks: [TypesetBlock]
    }

    /// The archive laid out; `pages` counts the pages a list of blocks takes.
    public func typeset(pages: ([TypesetBlock]) -> Int) -> TypesetDocument {
        let parts = self.parts()
        let coverBlocks = DocumentLayout.blocks(cover)
        let coverPages = pages(coverBlocks)
        // The contents' length does not depend on the page numbers in it, so count it once with
        // placeholders, then fill the numbers in.
        let contentsPages = pages(contents(parts, starts: parts.map { _ in 0 }, fileStarts: files.map { _ in 0 }))
        var starts: [Int] = []
        var next = coverPages + contentsPages + 1
        for part in parts {
            starts.append(next)
            next += pages(part.blocks)
        }
        let fileStarts = Self.fileStarts(files, after: next - 1)
        var blocks = coverBlocks + [.pageBreak] + contents(parts, starts: starts, fileStarts: fileStarts)
        for part in parts { blocks += [.pageBreak] + part.blocks }
        let title = "\(state.id) \(DocumentPhrases.archiveContents.template(.zh))"
        return TypesetDocument(title: title, blocks: blocks, pageNumbers: true)
    }

    /// Each file's first page when the archive's own pages number `ownPages`; nil for a file not
    /// included.
    static func fileStarts(_ files: [ArchivedFile], after ownPages: Int) -> [Int?] {
        var next = ownPages + 1
        return files.map { file in
            guard let count = file.pages else { return nil }
            defer { next += count }
            return next
        }
    }

    func contents(_ parts: [Part], starts: [Int], fileStarts: [Int?] = []) -> [TypesetBlock] {
        var rows = parts.enumerated().map { index, part in
            ["\(index + 1)", part.title, part.number, part.date, "\(starts[index])"]
        }
        for (index, file) in files.enumerated() where index < fileStarts.count {
            let page = fileStarts[index].map { "\($0)" } ?? "—"
            rows.append(["\(parts.count + index + 1)", RetentionPhrases.fileContentsTitle.template(.zh) + DocumentText.clean(file.name),
                         DocumentText.clean(file.entry), "", page])
        }
        return [
            .title(DocumentPhrases.archiveContents.template(.zh)),
            .centered("\(state.id)　\(DocumentText.clean(state.party.name))"),
            .blank,
            .table(TypesetTable(columnWidths: [30, 116, 152, 106, 30], header: ["序号", "题名", "文号", "日期", "页号"], rows: rows, fontSize: 12)),
        ]
    }

    func parts() -> [Part] {
        var parts = documents.map { document in
            var blocks = DocumentLayout.blocks(document.body)
            if let replacedBy = document.replacedBy {
                blocks.insert(.centered("（本文书已被\(replacedBy)更正替代）"), at: 0)
            }
            let title = document.replacedBy == nil ? document.name : document.name + "（已更正）"
            return Part(title: title, number: document.number ?? "", date: DocumentText.date(document.issuedOn), blocks: blocks)
        }
        let today = state.history.last.map { DocumentText.date($0.on) } ?? DocumentText.date(state.openedOn)
        parts.append(Part(title: DocumentPhrases.archiveOpinions.template(.zh), number: "", date: today, blocks: opinions()))
        parts.append(Part(title: DocumentPhrases.archiveMaterials.template(.zh), number: "", date: today, blocks: materials()))
        if !files.isEmpty {
            parts.append(Part(title: RetentionPhrases.fileListTitle.template(.zh), number: "", date: today, blocks: fileList()))
        }
        parts.append(Part(title: DocumentPhrases.archiveAudit.template(.zh), number: "", date: today, blocks: auditTrail()))
        return parts
    }

    /// Every action of the case with its opinion or reason, and every officer who took part
    /// (an investigation is two officers' work).
    func opinions() -> [TypesetBlock] {
        let flow = set.flow(item: state.itemCode, procedure: state.procedureCode)
        let rows = state.history.map { record in
            let officers = ([record.actorName] + record.participants.filter { $0 != record.userID }.map { userNames[$0] ?? $0 })
                .map(DocumentText.clean).joined(separator: "、")
            return [
                DocumentText.clean(flow?.step(record.from)?.name ?? record.from), DocumentText.clean(record.name),
                DocumentText.clean([record.opinion?.text, record.reason].compactMap { $0 }.joined(separator: "；")),
                officers, DocumentText.date(record.on),
            ]
        }
        return [
            .title(DocumentPhrases.archiveOpinions.template(.zh)),
            .blank,
            .table(TypesetTable(columnWidths: [1.5, 1.7, 3.3, 1.5, 2.3], header: ["环节", "操作", "意见或理由", "人员", "日期"], rows: rows, fontSize: 12)),
        ]
    }

    func materials() -> [TypesetBlock] {
        let item = set.item(state.itemCode)
        let rows = (item?.materials ?? []).map { material -> [String] in
            let received = state.materials[material.code] ?? 0
            let status = received >= material.count ? "已收" : (material.required ? "未收" : "未收（非必需）")
            return [DocumentText.clean(material.name), material.form == .original ? "原件" : "复印件", "\(received)/\(material.count)", status]
        }
        return [
            .title(DocumentPhrases.archiveMaterials.template(.zh)),
            .blank,
            .table(TypesetTable(columnWidths: [5, 1.2, 1.2, 1.6], header: ["材料名称", "形式", "份数", "状态"], rows: rows, fontSize: 12)),
        ]
    }

    /// Every file of the case: what it is filed under, its kind, size and SHA-256, and the pages
    /// it adds, or why it could not be included (its hash still identifies it).
    func fileList() -> [TypesetBlock] {
        let rows = files.enumerated().map { index, file in
            ["\(index + 1)", DocumentText.clean(file.name), DocumentText.clean(file.entry), "\(file.kind) \(file.size)",
             file.pages.map { "\($0)" } ?? RetentionPhrases.fileNotIncludedShort.template(.zh), file.sha256]
        }
        var blocks: [TypesetBlock] = [
            .title(RetentionPhrases.fileListTitle.template(.zh)),
            .blank,
            .table(TypesetTable(columnWidths: [0.5, 2.2, 1.6, 1.2, 0.7, 3.0], header: ["序号", "文件", "归入", "类型 字节", "页数", "SHA-256"], rows: rows, fontSize: 9)),
        ]
        for file in files where file.pages == nil {
            blocks.append(.small(RetentionPhrases.fileNotIncluded(DocumentText.clean(file.name), file.sha256, DocumentText.clean(file.problem ?? "")).text(.zh)))
        }
        return blocks
    }

    func auditTrail() -> [TypesetBlock] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let rows = trail.map { entry in
            ["\(entry.seq)", formatter.string(from: entry.at), DocumentText.clean(entry.actor), DocumentText.clean(entry.what), String(entry.hash.prefix(12))]
        }
        return [
            .title(DocumentPhrases.archiveAudit.template(.zh)),
            .blank,
            .table(TypesetTable(columnWidths: [0.6, 2.6, 1.1, 3.4, 1.6], header: ["序号", "时间", "人员", "操作", "摘要"], rows: rows, fontSize: 10.5)),
            .small("序号为审计记录在数据库中的编号（其他办件的记录不在此列，故不连续）；摘要为该条记录SHA-256哈希值的前12位，可用“powerdesk audit verify”与数据库核对。"),
        ]
    }
}
