import Documents
import Foundation
import GRDB
import Localization
import Workflow

/// The 双公示 decisions read from the database (documents of the types `disclosure:` names, the
/// cases' public rows, 复议/诉讼 outcomes in `remedy_outcome`), and the day each first went
/// public (`disclosure_published`), recorded by the publishing run once the pages are live.
enum DisclosureLedger {
    static let auditKind = "disclosure.published"

    /// Every numbered decision of the policy's document types, newest last.
    static func decisions(_ set: DefinitionSet, policy: DisclosurePolicy, _ db: Database) throws -> [DisclosureDecision] {
        let types = policy.publicityDocuments.map(quoted).joined(separator: ",")
        guard !types.isEmpty else { return [] }
        let withdrawing = Set(policy.withdrawOn)
        var outcomes: [String: [(kind: String, outcome: String, on: CivilDate)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT case_id, kind, outcome, decided_on FROM remedy_outcome ORDER BY decided_on, id") {
            let outcome: String = row[2]
            guard withdrawing.contains(outcome), let on = CivilDate(iso: row[3]) else { continue }
            outcomes[row[0], default: []].append((row[1], outcome, on))
        }
        let hiddenItems = Set(set.items.filter { $0.secrecy != nil }.map(\.code))
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.id, d.number, d.case_id, d.issued_at, p.item_code, p.party, p.credit_code, p.decision, p.secret,
                   EXISTS (SELECT 1 FROM document r WHERE r.replaces = d.id), pub.published_on
            FROM document d JOIN case_public p ON p.case_id = d.case_id LEFT JOIN disclosure_published pub ON pub.document_id = d.id
            WHERE d.type IN (\(types)) AND d.number IS NOT NULL
            ORDER BY d.issued_at, d.id
            """)
        return rows.compactMap { row -> DisclosureDecision? in
            let itemCode: String = row[4]
            guard let item = set.item(itemCode) else { return nil }
            let kind: DisclosureEntry.Kind = item.kind == .penalty ? .penalty : .licence
            let content = kind == .penalty ? ((row[7] as String?) ?? "") : PublicPhrases.disclosureGranted.zh
            let caseID: String = row[2]
            let decidedOn = CivilDate.inShanghai(Date(timeIntervalSince1970: row[3]))
            let entry = DisclosureEntry(kind: kind, number: row[1], caseID: caseID, itemName: item.name, party: row[5], creditCode: row[6],
                                        content: content, decidedOn: decidedOn)
            let withdrawal = outcomes[caseID]?.first { $0.on >= decidedOn }.map { outcome in
                DisclosureWithdrawal(kind: kind, number: entry.number, caseID: caseID, itemName: item.name, decidedOn: decidedOn,
                                     withdrawnOn: outcome.on, reason: reason(kind: outcome.kind, outcome: outcome.outcome))
            }
            let secret: Bool = row[8]
            let replaced: Bool = row[9]
            return DisclosureDecision(documentID: row[0], entry: entry, hidden: secret || replaced || hiddenItems.contains(itemCode),
                                      withdrawal: withdrawal, publishedOn: (row[10] as String?).flatMap(CivilDate.init(iso:)))
        }
    }

    /// 该决定经行政复议被撤销: the reason 行政处罚法 第48条第2款 has published with the withdrawal.
    static func reason(kind: String, outcome: String) -> String {
        let remedy = kind == "litigation" ? PublicThirdPhrases.remedyLitigation : PublicThirdPhrases.remedyReview
        let result: Phrase = switch outcome {
        case "changed": PublicThirdPhrases.outcomeChanged
        case "revoked": PublicThirdPhrases.outcomeRevoked
        case "unlawful": PublicThirdPhrases.outcomeUnlawful
        default: PublicThirdPhrases.outcomeOther
        }
        return PublicThirdPhrases.withdrawnBecause(remedy.zh, result.zh).text(.zh)
    }

    /// Records the decisions the site now shows for the first time as published on `today`, with
    /// one audit record naming them; nothing when every one was recorded before.
    static func recordPublished(_ decisions: [DisclosureDecision], today: CivilDate, at: Date, _ db: Database) throws {
        let fresh = decisions.filter { $0.inPublication && $0.publishedOn == nil }
        guard !fresh.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO disclosure_published (document_id, case_id, published_on, published_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        for decision in fresh {
            try statement.execute(arguments: [decision.documentID, decision.entry.caseID, today.description, at.timeIntervalSince1970])
        }
        let ids = fresh.map { String($0.documentID) }.joined(separator: ",")
        try AuditChain.append(kind: auditKind, body: "{\"documents\":[\(ids)],\"on\":\"\(today)\"}", userID: "system", caseID: nil,
                              eventSeq: nil, at: at, db)
    }

    static func quoted(_ text: String) -> String { "'\(text.replacingOccurrences(of: "'", with: "''"))'" }
}
