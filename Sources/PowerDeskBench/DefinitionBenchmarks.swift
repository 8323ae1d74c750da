import Foundation
import Workflow

/// Start-up cost of loading and validating the catalogue, and the engine's hot paths.
enum DefinitionBenchmarks {
    static func run(flows: String, calendarDirectory: URL) {
        let shipped = DefinitionLoader.sources(at: [flows]).sources
        let items = shipped.filter { $0.path.contains("/items/") }
        let context = shipped.filter { !$0.path.contains("/items/") }
        guard !items.isEmpty else {
            print("no item definitions found under \(flows)")
            return
        }

        // A catalogue of 40 items: the shipped ones, and copies under new codes until there are 40.
        var forty = items
        var serial = 900
        while forty.count < 40 {
            let template = items[forty.count % items.count]
            serial += 1
            let code = template.text.range(of: #"320600-[A-Z]{2}-\d{3}"#, options: .regularExpression).map { String(template.text[$0]) } ?? ""
            let copy = template.text.replacingOccurrences(of: code, with: String(code.dropLast(3)) + String(serial))
            forty.append(SourceFile(path: template.path + ".copy\(serial)", text: copy))
        }
        print("catalogue: \(forty.count) items, \(context.count) shared files")

        Measure.repeated("read + validate the shipped definitions from disk", runs: 50) {
            _ = DefinitionLoader.compile(paths: [flows])
        }
        Measure.repeated("validate 40 items with bureau and procedures", runs: 50) {
            let result = DefinitionCompiler.compile(context + forty)
            if result.set == nil { print("unexpected errors: \(result.errors.prefix(3))") }
        }

        guard let set = DefinitionCompiler.compile(context + forty).set,
              let identity = try? IdentityCheck.validate("320623199001011231", as: .residentID).get()
        else { return }
        let engine = CaseEngine(definitions: set)
        let clerk = Actor(userID: "c", name: "c", posts: ["clerk"])
        let handler = Actor(userID: "h", name: "h", posts: ["handler"])
        let party = CaseParty(kind: .person, name: "张三", identity: identity, contact: "", address: "南通市某路1号")
        let materials = Dictionary(uniqueKeysWithValues: (set.item("320600-XK-001")?.materials ?? []).map { ($0.code, $0.count) })
        var facts: [String: FactValue] = [:]
        for field in set.item("320600-XK-001")?.facts ?? [] {
            facts[field.code] = field.type == .date ? .date(CivilDate(year: 2099, month: 5, day: 1) ?? .earliest) : (field.type == .text || field.type == .place ? .text("x") : .quantity("1"))
        }
        let now = Date()
        Measure.repeated("open + accept + propose (1000 licence cases)", runs: 20) {
            for i in 0..<1000 {
                let opening = CaseOpening(caseID: "B-\(i)", itemCode: "320600-XK-001", procedureCode: "licence", flowVersion: 1, party: party, subject: "b", materials: materials, facts: facts)
                guard case let .success(opened) = engine.open(opening, by: clerk, at: now),
                      case let .success(accepted) = engine.perform(ActionRequest(action: "accept"), on: opened.state, by: clerk, at: now),
                      case .success = engine.perform(ActionRequest(action: "propose-grant", opinion: "同意"), on: accepted.state, by: handler, at: now)
                else { print("engine refused"); return }
            }
        }

        let calendarFiles = ((try? FileManager.default.contentsOfDirectory(atPath: calendarDirectory.path)) ?? []).sorted().compactMap { name -> (file: String, text: String)? in
            (try? String(contentsOf: calendarDirectory.appendingPathComponent(name), encoding: .utf8)).map { (file: name, text: $0) }
        }
        let calendar = HolidayScheduleLoader.load(calendarFiles).calendar
        let opening = CaseOpening(caseID: "D", itemCode: "320600-XK-001", procedureCode: "licence", flowVersion: 1, party: party, subject: "d", materials: materials, facts: facts)
        if case let .success(opened) = engine.open(opening, by: clerk, at: now),
           case let .success(accepted) = engine.perform(ActionRequest(action: "accept"), on: opened.state, by: clerk, at: now) {
            let today = CivilDate.inShanghai(now)
            Measure.repeated("deadline levels of 10,000 cases (a queue refresh)", runs: 20) {
                var red = 0
                for _ in 0..<10_000 where engine.level(accepted.state, calendar: calendar, today: today) == .red { red += 1 }
                if red < 0 { print(red) }
            }
        }
    }
}
