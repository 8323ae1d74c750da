import Foundation
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// The admin's screens against the in-memory screen: users and posts, and next year's holiday
/// schedule edited in an "editor" script.
@Suite struct AdminPaneTests {
    @Test func anAdminAddsAUserAndOthersCannot() throws {
        let fixture = try DeskFixture()
        let clerk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        DeskFixture.press([.character("u")], on: clerk, screen: screen)
        #expect(screen.lines[38].contains("只有管理员可以管理用户"))

        let admin = try fixture.desk("admin")
        DeskFixture.press([.character("u")], on: admin, screen: screen)
        #expect(screen.lines.joined().contains("用户与岗位"))
        var keys: [Key] = [.character("n")]
        keys += DeskFixture.type("clerk2") + [.tab] + DeskFixture.type("钱窗口") + [.tab] + DeskFixture.type("office") + [.tab]
        keys += DeskFixture.type("clerk,handler") + [.tab] + DeskFixture.type("secret-9") + [.enter]
        DeskFixture.press(keys, on: admin, screen: screen)
        #expect(screen.lines[38].contains("已新增用户 clerk2"))
        let added = try #require(try fixture.store.users.all().first { $0.userID == "clerk2" })
        #expect(added.posts == ["clerk", "handler"])
        #expect(try fixture.store.users.authenticate("clerk2", password: "secret-9").name == "钱窗口")
        #expect(try fixture.store.verify().isIntact, "the new user's posts are on the audit trail")
    }

    @Test func nextYearsHolidayScheduleIsCheckedBeforeItIsSaved() throws {
        let fixture = try DeskFixture()
        let directory = fixture.directory
        let script = directory.appendingPathComponent("editor.sh")
        let counter = directory.appendingPathComponent("runs")
        // First run: a date outside the year; second run: a valid schedule for 2027.
        try """
            #!/bin/sh
            n=$(cat '\(counter.path)' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '\(counter.path)'
            if [ "$n" = 1 ]; then
              printf 'year: 2027\\nsource: 通知\\nholidays:\\n  - name: 元旦\\n    off: [2026-12-31, 2027-01-01]\\n' > "$1"
            else
              printf 'year: 2027\\nsource: 通知\\nholidays:\\n  - name: 元旦\\n    off: [2027-01-01, 2027-01-03]\\n' > "$1"
            fi
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let admin = try fixture.desk("admin")
        admin.editorCommand = script.path
        let screen = ScreenBuffer(rows: 40, columns: 120)
        DeskFixture.press([.character("c"), .down, .down], on: admin, screen: screen)
        #expect(screen.lines.joined().contains("新增 2027年节假日安排"))
        DeskFixture.press([.character("e")], on: admin, screen: screen)
        #expect(screen.lines.joined().contains("定义有误，未保存：calendar/2027.yaml"))
        #expect(try !fixture.store.definitions.calendar().hasSchedule(for: 2027))
        DeskFixture.press([.character("e")], on: admin, screen: screen)
        #expect(screen.lines[38].contains("2027年节假日安排已保存"))
        let calendar = try fixture.store.definitions.calendar()
        #expect(calendar.hasSchedule(for: 2027))
        #expect(!calendar.isWorkday(CivilDate(year: 2027, month: 1, day: 1)!))
    }
}
