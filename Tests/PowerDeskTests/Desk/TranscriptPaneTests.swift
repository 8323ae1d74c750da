import Foundation
import Localization
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// Transcripts at the desk (#18) on an 80×24 screen: `t` lists the case's transcripts, `n`
/// opens the form (the kind, its heads from the kinds file, officers, recorder, the body where
/// Enter starts a new line and a paste keeps its lines), F10 saves through the store, which
/// refuses an empty body with the form kept as typed.
@Suite struct TranscriptPaneTests {
    @Test func aTranscriptIsWrittenFromTheDeskForm() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("handler")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        for _ in 0..<40 where desk.selectedState?.id != "CF2026000002" { DeskFixture.press([.down], on: desk, screen: screen) }
        try #require(desk.selectedState?.id == "CF2026000002")
        DeskFixture.press([.character("t")], on: desk, screen: screen)
        let list = try #require(desk.overlay as? TranscriptsDialog, "\(desk.message?.text ?? "")")
        #expect(list.transcripts.isEmpty)
        #expect(screen.lines.joined().contains("CF2026000002 没有笔录"))
        DeskFixture.press([.character("n")], on: desk, screen: screen)
        #expect(desk.overlay is TranscriptFormDialog)
        #expect(screen.lines.joined().contains("制作询问笔录：CF2026000002"))
        #expect(screen.lines.joined().contains("询问开始时间*"))
        // ←/→ choose the kind; the heads follow it.
        DeskFixture.press([.right], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("检查开始时间*"))
        DeskFixture.press([.left], on: desk, screen: screen)
        var keys: [Key] = [.tab]
        for value in ["2026-03-16 08:00", "2026-03-16 08:40", "本局三楼询问室", "李芳", "320602198503120028", "当事人", ""] {
            keys += DeskFixture.type(value) + [.enter]
        }
        keys += DeskFixture.type(" handler2") + [.enter, .enter]
        DeskFixture.press(keys, on: desk, screen: screen)
        #expect(screen.lines.last?.contains("换行") == true, "\(screen.lines.last ?? "")")
        // An empty body is refused by the store; the form stays with everything typed.
        DeskFixture.press([.function(10)], on: desk, screen: screen)
        #expect(desk.message?.text.contains("笔录正文是空的") == true, "\(desk.message?.text ?? "")")
        let kept = try #require(desk.overlay as? TranscriptFormDialog)
        #expect(kept.heads["place"]?.text == "本局三楼询问室")
        // Typed lines and a pasted answer, its line breaks kept.
        DeskFixture.press(DeskFixture.type("问：活动何时开始？") + [.enter] + [.paste("答：上午九点。\r\n约三百人参加。")], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("约三百人参加。"))
        for line in screen.lines { #expect(DisplayWidth.of(line) <= 80) }
        DeskFixture.press([.function(10)], on: desk, screen: screen)
        #expect(desk.message?.text.contains("已保存第 1 号询问笔录") == true, "\(desk.message?.text ?? "")")
        let back = try #require(desk.overlay as? TranscriptsDialog)
        #expect(back.transcripts.count == 1)
        let stored = try TranscriptRepository(store: fixture.store).list("CF2026000002")
        #expect(stored.first?.sheet.body == "问：活动何时开始？\n答：上午九点。\n约三百人参加。")
        #expect(stored.first?.sheet.officers.map(\.userID) == ["handler", "handler2"])
        #expect(stored.first?.sheet.heads["identity"] == "320602198503120028")
        // Enter shows it as it prints; the end of it holds the signature line.
        DeskFixture.press([.enter], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("询问地点：本局三楼询问室"), "\(screen.lines.joined(separator: "\n"))")
        DeskFixture.press([.pageDown, .pageDown, .pageDown], on: desk, screen: screen)
        #expect(screen.lines.joined().contains("被询问人签名"), "\(screen.lines.joined(separator: "\n"))")
        #expect(try fixture.store.verify().isIntact)
    }

    /// The transcript dialogs' key tables in each of their states: no key bound twice, every key
    /// dispatching its own binding, and the help listing every meaning.
    @Test func theTranscriptDialogsKeyTablesAreOneTruth() throws {
        let kinds = try #require(TranscriptKindsParser.parse(SourceFile(path: "transcripts.yaml", text: try String(
            contentsOf: DeskFixture.root.appendingPathComponent("Resources/transcripts/transcripts.yaml"), encoding: .utf8))).kinds)
        let list = TranscriptsDialog(caseID: "CF2026000002", kinds: kinds, user: "handler", transcripts: [])
        var preview = list
        preview.preview = ["询问笔录"]
        var form = TranscriptFormDialog(caseID: "CF2026000002", kinds: kinds, user: "handler")
        var states: [(String, any Dialog)] = [("list", list), ("preview", preview), ("form, kind", form)]
        form.focus = 1
        states.append(("form, head", form))
        form.focus = form.bodyIndex
        states.append(("form, body", form))
        for (name, dialog) in states {
            let table = dialog.keys
            let keys = table.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(name) binds a key twice: \(keys.map(\.label))")
            for binding in table {
                for key in binding.keys { #expect(dialog.command(for: key) == binding.command, "\(name): \(key.label)") }
            }
            let help = HelpDialog(keysOf: dialog, language: .zh).body.dropFirst().map { $0.map(\.text).joined() }
            for binding in table {
                #expect(help.contains { $0.contains(binding.label.template(.zh)) && $0.contains(binding.keyText) }, "\(name): \(binding.keyText)")
            }
        }
        // On the body, Enter is a new line and the legend says so; F10 saves.
        #expect(form.command(for: .enter) == .type)
        #expect(form.command(for: .function(10)) == .submit)
    }
}
