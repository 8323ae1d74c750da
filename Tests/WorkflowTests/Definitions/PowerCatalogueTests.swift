import Foundation
import Testing
@testable import Workflow

/// The bureau's catalogue of 40 powers (R1–R4) held against `../shared/reference/legal-facts.md`.
/// The expected tables below were written by hand from that file, so a definition that drifts from
/// the law fails here even when it is structurally valid; amounts are checked with this file's own
/// arithmetic, not with the validator's or the engine's.
@Suite struct PowerCatalogueTests {
    // MARK: Expected tables (by hand, from legal-facts.md)

    /// A statutory fine as legal-facts.md writes it, in the law's own units.
    enum LawFine: Equatable {
        /// 罚款 min…max yuan.
        case fixed(minYuan: Int64, maxYuan: Int64)
        /// 违法所得 min…max 倍; `undeterminedMaxYuan` when the gains cannot be determined.
        case multiple(min: Int64, max: Int64, of: String, undeterminedMaxYuan: Int64?)
        /// 工程造价 min%…max%.
        case percent(min: Int64, max: Int64, of: String)

        /// The same range in the model's units: fen for fixed amounts, thousandths for factors
        /// (1倍 = 1000, 1% = 10).
        var modelRange: AmountRange {
            switch self {
            case let .fixed(minYuan, maxYuan):
                return AmountRange(basis: .fixed, fact: nil, min: minYuan * 100, max: maxYuan * 100, undetermined: nil)
            case let .multiple(min, max, fact, undetermined):
                return AmountRange(basis: .multiple, fact: fact, min: min * 1000, max: max * 1000, undetermined: undetermined.map { 0...($0 * 100) })
            case let .percent(min, max, fact):
                return AmountRange(basis: .percent, fact: fact, min: min * 10, max: max * 10, undetermined: nil)
            }
        }
    }

    /// One row of legal-facts.md §1: the penalties and measures with whether each is mandatory
    /// (a bare 并处 or a required measure) or discretionary (可以并处, or conditional on gains or
    /// property existing, or on 情节严重).
    struct LawRow {
        let kinds: [PenaltyKind: Bool]
        let fine: LawFine?

        init(_ kinds: [PenaltyKind: Bool], fine: LawFine? = nil) {
            self.kinds = kinds
            self.fine = fine
        }
    }

    static let art65 = LawRow([.orderCorrection: true, .replaceOfficer: false, .suspendActivities: false, .revoke: false,
                               .confiscateGains: false, .confiscateProperty: false])
    static let art69First = LawRow([.ban: true, .confiscateGains: false, .confiscateProperty: false, .fine: false],
                                   fine: .multiple(min: 0, max: 0, of: "illegal-gains", undeterminedMaxYuan: 50_000))
    static let art69Second = LawRow([.orderStop: true, .confiscateGains: false, .confiscateProperty: false, .fine: false],
                                    fine: .multiple(min: 1, max: 3, of: "illegal-gains", undeterminedMaxYuan: 50_000))
    static let art70 = LawRow([.orderStop: true, .fine: false, .confiscateGains: false], fine: .fixed(minYuan: 20_000, maxYuan: 200_000))
    static let art73 = LawRow([.warning: true, .confiscateGains: false, .confiscateProperty: false, .recommendDismissal: false])

    /// legal-facts.md §1, P number → row. P03, P04, P15 and P31 are left out (see CATALOGUE.md).
    static let law: [String: LawRow] = [
        "P01": LawRow([.orderCorrection: true]),
        "P02": LawRow([.orderCorrection: true]),
        "P05": LawRow([.orderStop: true, .fine: false, .confiscateGains: false, .confiscateProperty: false],
                      fine: .fixed(minYuan: 100_000, maxYuan: 300_000)),
        "P06": art65, "P07": art65, "P08": art65, "P09": art65, "P10": art65, "P11": art65, "P12": art65, "P13": art65,
        "P14": LawRow([.orderCorrection: true, .orderStop: false, .revokeSite: false, .confiscateGains: false, .confiscateProperty: false]),
        "P16": art69First, "P17": art69First, "P18": art69First,
        "P19": art69Second, "P20": art69Second,
        "P21": art70, "P22": art70,
        "P23": LawRow([.warning: true, .confiscateGains: false, .confiscateProperty: false, .fine: false],
                      fine: .fixed(minYuan: 20_000, maxYuan: 200_000)),
        "P24": LawRow([.orderStop: true, .demolish: true, .confiscateGains: false, .fine: false],
                      fine: .percent(min: 5, max: 10, of: "construction-cost")),
        "P25": LawRow([.orderCorrection: true, .confiscateGains: false, .revoke: false]),
        "P26": LawRow([.orderCorrection: true, .confiscateGains: false]),
        "P27": art73, "P28": art73, "P29": art73, "P30": art73,
        "P32": LawRow([.orderStop: true, .confiscateGains: false, .confiscateProperty: false, .fine: true],
                      fine: .fixed(minYuan: 0, maxYuan: 10_000)),
    ]

    static let excludedRows = ["P03", "P04", "P15", "P31"]

    static func penaltyCode(_ row: String) -> String { "320600-CF-0" + row.dropFirst() }

    /// Statutory limits: XK-001 from 《宗教事务条例》 Art. 42 (15日), every penalty from 行政处罚法
    /// Art. 60 (90 calendar days, Art. 85), the other acts as set from legal-facts.md §2 (30日 for
    /// Art. 21/33②; 行政许可法 Art. 42's 20 working days for licence-like approvals that state none;
    /// none for filings, the inspection and the opinion) and, for 民族成份, its regulation's 10
    /// working days.
    static let otherLimits: [String: TimeLimit?] = [
        "320600-QT-001": TimeLimit(days: 20, unit: .workday),
        "320600-QT-002": TimeLimit(days: 30, unit: .day),
        "320600-QT-003": nil,
        "320600-QT-004": TimeLimit(days: 20, unit: .workday),
        "320600-QT-005": TimeLimit(days: 30, unit: .day),
        "320600-QT-006": nil,
        "320600-QT-007": nil,
        "320600-QT-008": nil,
        "320600-QT-009": TimeLimit(days: 20, unit: .workday),
        "320600-QT-010": nil,
        "320600-QT-011": TimeLimit(days: 10, unit: .workday),
    ]

    /// Items resting on an article that legal-facts.md does not hold: each must say so.
    static let secondarySourced = [
        "320600-QT-002", "320600-QT-003", "320600-QT-005", "320600-QT-006", "320600-QT-007", "320600-QT-008",
        "320600-QT-010", "320600-QT-011",
    ]

    /// The end each procedure reaches when every step goes the positive way.
    static let happyEnds = [
        "licence": "done", "approval": "done", "referral": "done", "opinion": "done", "filing": "filed",
        "inspection": "closed", "penalty-ordinary": "closed", "penalty-simplified": "closed",
    ]

    // MARK: Catalogue shape (R1)

    @Test func theCatalogueHoldsFortyItemsOfTheRightKinds() throws {
        let set = try #require(Fixtures.shipped)
        #expect(set.items.count == 40)
        #expect(set.items.filter { $0.kind == .licence }.map(\.code) == ["320600-XK-001"])
        #expect(set.items.filter { $0.kind == .penalty }.count == 28)
        #expect(set.items.filter { $0.kind == .other }.count == 11)
        #expect(set.items.filter { $0.kind == .enforcement }.isEmpty)
    }

    @Test func codesAreUniqueFollowTheSchemeAndSectionsAreTheBusinessSections() throws {
        let set = try #require(Fixtures.shipped)
        let letters: [ItemKind: String] = [.licence: "XK", .penalty: "CF", .enforcement: "QZ", .other: "QT"]
        #expect(Set(set.items.map(\.code)).count == set.items.count)
        for item in set.items {
            let parts = item.code.split(separator: "-").map(String.init)
            #expect(parts.count == 3 && parts[0] == "320600", "\(item.code)")
            #expect(parts.count == 3 && parts[1] == letters[item.kind], "\(item.code) is a \(item.kind)")
            #expect(parts.count == 3 && parts[2].count == 3 && parts[2].allSatisfy(\.isNumber), "\(item.code)")
            // 民族处 for ethnic affairs, 宗教处 for religious affairs; the office runs no power.
            let expected = item.code == "320600-QT-011" ? "ethnic" : "religious"
            #expect(item.section == expected, "\(item.code) belongs to \(expected)")
            #expect(set.bureau.sections.contains { $0.code == item.section })
            #expect(!item.basis.isEmpty && item.basis.allSatisfy { !$0.articles.isEmpty }, "\(item.code) cites its articles")
        }
        // QT numbers run without gaps.
        let other = set.items.filter { $0.kind == .other }.map(\.code)
        #expect(other == (1...11).map { String(format: "320600-QT-%03d", $0) })
    }

    @Test func penaltyCodesFollowThePRowsOfLegalFacts() throws {
        let set = try #require(Fixtures.shipped)
        let codes = Set(set.items.filter { $0.kind == .penalty }.map(\.code))
        #expect(codes == Set(Self.law.keys.map(Self.penaltyCode)))
        #expect(Self.law.count == 28)
        for row in Self.excludedRows {
            #expect(set.item(Self.penaltyCode(row)) == nil, "\(row) is left out")
        }
        for row in Self.law.keys {
            let item = try #require(set.item(Self.penaltyCode(row)))
            let article = item.basis.first { $0.law == "宗教事务条例" }
            #expect(article != nil, "\(item.code) rests on 《宗教事务条例》")
        }
    }

    @Test func theLeftOutRowsAreDocumented() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Resources/flows/CATALOGUE.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        for row in Self.excludedRows {
            #expect(text.contains(row), "CATALOGUE.md explains why \(row) is left out")
        }
    }

    // MARK: Statutory penalties (R13)

    @Test func eachPenaltysStatutoryKindsMatchItsRowInLegalFacts() throws {
        let set = try #require(Fixtures.shipped)
        for (row, expected) in Self.law.sorted(by: { $0.key < $1.key }) {
            let item = try #require(set.item(Self.penaltyCode(row)))
            let benchmark = try #require(item.discretion, "\(item.code) has a benchmark")
            let actual = Dictionary(benchmark.statutory.map { ($0.kind, $0.mandatory) }, uniquingKeysWith: { a, _ in a })
            #expect(actual == expected.kinds, "\(row) (\(item.code)) statutory kinds and mandatory flags")
            #expect(benchmark.statutory.count == actual.count, "\(row): no kind twice")
            let fine = benchmark.statutory(.fine)?.range
            #expect(fine == expected.fine?.modelRange, "\(row) (\(item.code)) statutory fine range")
        }
    }

    @Test func everyBandLiesInsideTheLawsRange() throws {
        let set = try #require(Fixtures.shipped)
        for (row, expected) in Self.law.sorted(by: { $0.key < $1.key }) {
            let item = try #require(set.item(Self.penaltyCode(row)))
            let benchmark = try #require(item.discretion)
            #expect(!benchmark.levels.isEmpty, "\(row) has levels")
            for level in benchmark.levels {
                for band in level.bands {
                    #expect(expected.kinds[band.kind] != nil, "\(row) level \(level.code): \(band.kind) is not in the law")
                    guard let range = band.range else {
                        #expect(!band.kind.hasAmount, "\(row) level \(level.code): a fine band needs a range")
                        continue
                    }
                    // Against the law as legal-facts.md writes it, and against the item's own statutory range.
                    let law = try #require(expected.fine?.modelRange, "\(row) has no fine in the law")
                    #expect(Self.contains(law, range), "\(row) level \(level.code): band outside legal-facts.md's range")
                    let written = try #require(benchmark.statutory(.fine)?.range)
                    #expect(Self.contains(written, range), "\(row) level \(level.code): band outside the item's statutory range")
                    // And in money, for sample values of the basis fact, with this test's own rounding.
                    for base in Self.sampleBases {
                        guard let outer = Self.money(law, base: base) else { continue }
                        if let inner = Self.money(range, base: base) {
                            #expect(inner.lowerBound >= outer.lowerBound && inner.upperBound <= outer.upperBound,
                                    "\(row) level \(level.code) at base \(String(describing: base)) fen: \(inner) not inside \(outer)")
                        }
                    }
                }
            }
        }
    }

    /// 以上、以下 include their number: adjacent levels never share an amount (the lower ends 不满
    /// the next one's start), whether gains are known (10,000 yuan, 1 yuan) or undetermined.
    @Test func bandsOfOnePenaltyNeverShareAnAmountAcrossLevels() throws {
        let set = try #require(Fixtures.shipped)
        for item in set.items where item.kind == .penalty {
            let benchmark = try #require(item.discretion)
            let ranges = benchmark.levels.compactMap { level in level.band(for: .fine)?.range.map { (level.code, $0) } }
            for (i, a) in ranges.enumerated() {
                for b in ranges[(i + 1)...] {
                    for base in [Money.yuan(10_000), Money.yuan(1), nil] {
                        guard let x = a.1.resolve(base: base), let y = b.1.resolve(base: base), x.upperBound.fen > 0 || y.upperBound.fen > 0 else { continue }
                        #expect(!x.overlaps(y), "\(item.code): \(a.0) \(x) and \(b.0) \(y) share an amount at base \(String(describing: base))")
                    }
                }
            }
        }
    }

    /// A decision in the middle of each level's fine band is lawful and needs no justification; one
    /// fen above the statutory maximum is refused (R13).
    @Test func aFineInsideEachBandIsLawfulAndOneAboveTheLawIsNot() throws {
        let set = try #require(Fixtures.shipped)
        let check = DiscretionCheck(items: { set.item($0) })
        for item in set.items where item.kind == .penalty {
            let benchmark = try #require(item.discretion)
            let mandatory = benchmark.statutory.filter { $0.mandatory && !$0.kind.hasAmount }.map { Sanction(kind: $0.kind) }
            for level in benchmark.levels {
                guard let band = level.band(for: .fine)?.range, let law = benchmark.statutory(.fine)?.range else { continue }
                for facts in Self.factSets(for: band) {
                    let base = band.fact.flatMap { facts[$0]?.money }?.fen
                    guard let inBand = Self.money(band, base: base), inBand.upperBound > 0,
                          let legal = Self.money(law, base: base) else { continue }
                    let amount = max((inBand.lowerBound + inBand.upperBound) / 2, 1)
                    let taken = Self.confiscations(benchmark, facts: facts)
                    let decision = PenaltyDecision(violations: [ViolationPenalty(
                        itemCode: item.code, caseID: "C-1", level: level.code,
                        sanctions: mandatory + taken + [Sanction(kind: .fine, amount: Money(fen: amount))])])
                    let finding = check.evaluate(decision, facts: ["C-1": facts])
                    #expect(finding.isLawful && finding.deviations.isEmpty, "\(item.code) \(level.code) \(amount) fen: \(finding)")
                    let tooHigh = PenaltyDecision(violations: [ViolationPenalty(
                        itemCode: item.code, caseID: "C-1", level: level.code,
                        sanctions: mandatory + taken + [Sanction(kind: .fine, amount: Money(fen: legal.upperBound + 1))])])
                    #expect(!check.evaluate(tooHigh, facts: ["C-1": facts]).isLawful, "\(item.code) above the law")
                }
            }
        }
    }

    /// 《宗教事务条例》 Art. 69 ①: a fine only when the illegal gains cannot be determined.
    @Test func article69FirstParagraphFinesOnlyWhenTheGainsAreUndetermined() throws {
        let set = try #require(Fixtures.shipped)
        let check = DiscretionCheck(items: { set.item($0) })
        for row in ["P16", "P17", "P18"] {
            let code = Self.penaltyCode(row)
            func decision(_ yuan: Int64) -> PenaltyDecision {
                PenaltyDecision(violations: [ViolationPenalty(itemCode: code, caseID: "C-1", level: "general",
                                                             sanctions: [Sanction(kind: .ban), Sanction(kind: .fine, amount: .yuan(yuan))])])
            }
            let known: [String: FactValue] = ["illegal-gains": .money(.yuan(8_000))]
            #expect(!check.evaluate(decision(1_000), facts: ["C-1": known]).isLawful, "\(row): gains known, no fine")
            #expect(check.evaluate(decision(20_000), facts: ["C-1": [:]]).isLawful, "\(row): gains undetermined, fine inside the band")
            #expect(!check.evaluate(decision(50_001), facts: ["C-1": [:]]).isLawful, "\(row): above 5万元")
            let noFine = PenaltyDecision(violations: [ViolationPenalty(itemCode: code, caseID: "C-1", level: "general",
                                                                       sanctions: [Sanction(kind: .ban), Sanction(kind: .confiscateGains, amount: .yuan(8_000))])])
            #expect(check.evaluate(noFine, facts: ["C-1": known]).isLawful, "\(row): 取缔 and 没收 alone")
        }
    }

    @Test func factorFinesRestOnMoneyFactsTheItemRecords() throws {
        let set = try #require(Fixtures.shipped)
        for item in set.items where item.kind == .penalty {
            let benchmark = try #require(item.discretion)
            if benchmark.statutory(.confiscateGains) != nil {
                #expect(item.fact("illegal-gains")?.type == .money, "\(item.code) records the illegal gains as money")
            }
            if let fact = benchmark.statutory(.fine)?.range?.fact {
                #expect(item.fact(fact)?.type == .money, "\(item.code): \(fact) is a money fact")
            }
        }
        let statue = try #require(set.item("320600-CF-024"))
        #expect(statue.fact("construction-cost")?.type == .money)
        #expect(statue.discretion?.statutory(.fine)?.range?.basis == .percent)
    }

    // MARK: Time limits (R11)

    @Test func licenceAndPenaltyLimitsMatchLegalFacts() throws {
        let set = try #require(Fixtures.shipped)
        let licence = try #require(set.item("320600-XK-001"))
        #expect(licence.statutoryLimit == TimeLimit(days: 15, unit: .day), "条例第42条：受理之日起15日")
        for item in set.items where item.kind == .penalty {
            #expect(item.statutoryLimit == TimeLimit(days: 90, unit: .day), "\(item.code): 行政处罚法第60条、第85条")
        }
    }

    @Test func otherActsLimitsAreTheOnesSetFromLegalFacts() throws {
        let set = try #require(Fixtures.shipped)
        #expect(Set(Self.otherLimits.keys) == Set(set.items.filter { $0.kind == .other }.map(\.code)))
        for (code, limit) in Self.otherLimits {
            let item = try #require(set.item(code))
            #expect(item.statutoryLimit == limit, "\(code) statutory limit")
        }
    }

    @Test func promisedLimitsNeverExceedStatutoryOnes() throws {
        let set = try #require(Fixtures.shipped)
        for item in set.items {
            guard let statutory = item.statutoryLimit, let promised = item.promisedLimit else { continue }
            #expect(promised.unit == statutory.unit && promised.days <= statutory.days, "\(item.code)")
        }
    }

    // MARK: Public information and sources (R2, legal-facts' UNCONFIRMED rule)

    @Test func everyItemPublishesWhatItsKindRequires() throws {
        let set = try #require(Fixtures.shipped)
        for item in set.items {
            let written = Dictionary(item.publicInfo.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            for field in set.bureau.publicFields[item.kind] ?? [] {
                let value = written[field.code]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                #expect(!value.isEmpty, "\(item.code) publishes \(field.name)")
            }
            if item.kind != .licence {
                #expect(written["implementer"] == "南通市民族宗教事务局", "\(item.code)")
            }
            #expect(!item.materials.isEmpty && !item.facts.isEmpty, "\(item.code) lists its materials and key facts")
        }
    }

    @Test func unconfirmedFactsAreCarriedAsSuch() throws {
        let set = try #require(Fixtures.shipped)
        for item in set.items where item.kind == .penalty {
            #expect(item.unconfirmed.contains { $0.contains("裁量基准草案") }, "\(item.code): the band boundaries are a draft")
        }
        for item in set.items where item.statutoryLimit == TimeLimit(days: 30, unit: .day) {
            #expect(item.unconfirmed.contains { $0.contains("工作日还是自然日") }, "\(item.code): the unit of 日 is unconfirmed")
        }
        for code in ["320600-QT-001", "320600-QT-004", "320600-QT-009"] {
            let item = try #require(set.item(code))
            #expect(item.unconfirmed.contains { $0.contains("第42条") }, "\(code): the 20 working days are borrowed from 行政许可法")
        }
        for code in Self.secondarySourced {
            let item = try #require(set.item(code))
            #expect(item.unconfirmed.contains { $0.contains("第三方转载") }, "\(code) says its article was not in legal-facts.md")
        }
    }

    // MARK: Every flow runs (R5, R8)

    /// Every item on every procedure, walked the positive way by the posts the flow names, reaches
    /// the procedure's normal end, its clock started and stopped.
    @Test func everyItemRunsToItsNormalEndOnEveryProcedure() throws {
        let set = try #require(Fixtures.shipped)
        let h = try EngineHarness()
        for item in set.items {
            for procedure in item.procedures {
                let state = try walk(item, procedure: procedure, h: h)
                #expect(state.step == Self.happyEnds[procedure], "\(item.code) on \(procedure) ended at \(state.step)")
                #expect(state.isClosed, "\(item.code) on \(procedure)")
                #expect(state.clock.startedOn != nil && state.clock.stoppedOn != nil, "\(item.code) on \(procedure): clock")
            }
        }
    }

    static let actors = [
        EngineHarness.clerk, EngineHarness.handler, EngineHarness.chief, EngineHarness.legal, EngineHarness.leader,
    ]

    func walk(_ item: ItemDefinition, procedure: String, h: EngineHarness) throws -> CaseState {
        let flow = try #require(h.engine.definitions.flow(item: item.code, procedure: procedure))
        let simplified = procedure == "penalty-simplified"
        var facts = Self.sampleFacts(item, gainsYuan: simplified ? 150 : 10_000)
        // Gains or property to confiscate bar the on-the-spot procedure (行政处罚法 Art. 51).
        if simplified { for statutory in item.discretion?.statutory ?? [] { statutory.requiredWhen.map { facts[$0] = nil } } }
        let materials = Dictionary(item.materials.map { ($0.code, $0.count) }, uniquingKeysWith: { a, _ in a })
        let opener = try #require(Self.actors.first { !$0.posts.isDisjoint(with: flow.procedure.openedBy) })
        var state = try h.open("T-\(item.code)", item: item.code, procedure: procedure, party: try EngineHarness.person(),
                               by: opener, materials: materials, facts: facts)
        let penalty = try Self.lawfulPenalty(item, caseID: state.id, facts: facts, simplified: simplified)
        // Fifteen days between steps: every waiting period (the statement period, a hearing's
        // notice) has run out by the next action.
        var instant = EngineHarness.monday
        for _ in 0..<40 where !state.isClosed {
            instant += 15 * 86_400
            let step = try #require(flow.step(state.step))
            let taken = EngineHarness.takenHere(state)
            let candidates = step.actions.filter { $0.kind == .forward && $0.verdict != .negative && !taken.contains($0.code) }
            var moved = false
            search: for action in candidates {
                for actor in Self.actors where h.engine.available(state, for: actor, on: CivilDate.inShanghai(instant)).contains(where: { $0.action.code == action.code && $0.isEnabled }) {
                    let calendar = Fixtures.calendar
                    let inputs = EngineHarness.lawfulInputs(for: action, state: state, on: CivilDate.inShanghai(instant), calendar: calendar)
                    let request = ActionRequest(action: action.code, opinion: "同意：\(action.name)", reason: "依当事人申请：\(action.name)", participants: ["u-handler2"],
                                                penalty: action.penalty == nil ? nil : penalty, inputs: inputs)
                    try h.act(&state, request, by: actor, at: instant)
                    moved = true
                    break search
                }
            }
            if !moved {
                Issue.record("\(item.code) on \(procedure): no positive move at \(state.step)")
                break
            }
        }
        return state
    }

    /// The mandatory sanctions, with a fine in the first level's band when the fine is mandatory, or
    /// (simplified procedure) a warning or a small fine when nothing else is a penalty.
    static func lawfulPenalty(_ item: ItemDefinition, caseID: String, facts: [String: FactValue], simplified: Bool) throws -> PenaltyDecision? {
        guard let benchmark = item.discretion, let level = benchmark.levels.first else { return nil }
        var sanctions = benchmark.statutory.filter { $0.mandatory && !$0.kind.hasAmount }.map { Sanction(kind: $0.kind) }
        sanctions += confiscations(benchmark, facts: facts)
        let fineMandatory = benchmark.statutory(.fine)?.mandatory == true
        let needsPenalty = simplified && !sanctions.contains { !$0.kind.isMeasure }
        if needsPenalty, benchmark.statutory(.warning) != nil, !fineMandatory {
            if !sanctions.contains(where: { $0.kind == .warning }) { sanctions.append(Sanction(kind: .warning)) }
        } else if fineMandatory || needsPenalty {
            let range = try #require(level.band(for: .fine)?.range ?? benchmark.statutory(.fine)?.range)
            let base = range.fact.flatMap { facts[$0]?.money }?.fen
            let resolved = try #require(Self.money(range, base: base))
            var amount = max((resolved.lowerBound + resolved.upperBound) / 2, 1)
            if simplified { amount = max(min(amount, 200 * 100), resolved.lowerBound) }
            sanctions.append(Sanction(kind: .fine, amount: Money(fen: amount)))
        }
        return PenaltyDecision(violations: [ViolationPenalty(itemCode: item.code, caseID: caseID, level: level.code, sanctions: sanctions)])
    }

    static func sampleFacts(_ item: ItemDefinition, gainsYuan: Int64) -> [String: FactValue] {
        var facts: [String: FactValue] = [:]
        for field in item.facts {
            switch field.type {
            case .date: facts[field.code] = .date(CivilDate(year: 2026, month: 4, day: 1) ?? .earliest)
            case .money: facts[field.code] = .money(.yuan(field.code == "construction-cost" ? 1_000_000 : gainsYuan))
            case .count, .number, .area: facts[field.code] = .quantity("10")
            case .text, .place: facts[field.code] = .text("南通市崇川区")
            }
        }
        return facts
    }

    // MARK: This test's own arithmetic

    /// The confiscations recorded facts require, each carrying what it takes.
    static func confiscations(_ benchmark: DiscretionBenchmark, facts: [String: FactValue]) -> [Sanction] {
        benchmark.required(by: facts).map { penalty, _, value in
            switch penalty.kind {
            case .confiscateGains: Sanction(kind: .confiscateGains, amount: value.money)
            case .confiscateProperty: Sanction(kind: .confiscateProperty, property: [ConfiscatedItem(name: value.description, quantity: "1", unit: "批")])
            default: Sanction(kind: penalty.kind)
            }
        }
    }

    /// Values of a basis fact in fen, nil meaning undetermined.
    static let sampleBases: [Int64?] = [nil, 1, 100, 15_000, 1_000_000, 123_456_789, 10_000_000_000]

    /// Whether `inner` lies inside `outer` for every value of the basis fact.
    static func contains(_ outer: AmountRange, _ inner: AmountRange) -> Bool {
        guard outer.basis == inner.basis, outer.fact == inner.fact else { return false }
        guard inner.min >= outer.min, inner.max <= outer.max, inner.min <= inner.max else { return false }
        guard let fallback = inner.undetermined else { return true }
        guard let outerFallback = outer.undetermined else { return false }
        return fallback.lowerBound >= outerFallback.lowerBound && fallback.upperBound <= outerFallback.upperBound
    }

    /// The range in fen for a base in fen, bounds rounded inwards; the fixed fallback when the base
    /// is unknown; nil when no lawful amount exists.
    static func money(_ range: AmountRange, base: Int64?) -> ClosedRange<Int64>? {
        switch range.basis {
        case .fixed:
            return range.min...range.max
        case .multiple, .percent:
            guard let base else { return range.undetermined }
            let low = (base * range.min + 999) / 1000
            let high = base * range.max / 1000
            return low <= high ? low...high : nil
        }
    }

    /// Fact sets to try a band with: the basis known (when the factor allows any fine), and unknown
    /// (when the law gives a fallback).
    static func factSets(for band: AmountRange) -> [[String: FactValue]] {
        guard let fact = band.fact else { return [[:]] }
        var sets: [[String: FactValue]] = []
        if band.max > 0 { sets.append([fact: .money(.yuan(fact == "construction-cost" ? 1_000_000 : 10_000))]) }
        if band.undetermined != nil { sets.append([:]) }
        return sets
    }
}
