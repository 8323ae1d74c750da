import Foundation
import Workflow

/// The catalogue and 办理动态 as JSON (docs/open-data.md documents every field). Sorted keys, so
/// the same data always give the same bytes and an unchanged file is not rewritten.
public enum OpenDataJSON {
    public static let schemaVersion = 1

    /// docs/open-data.md, served as /open-data/schema.txt (a test keeps the two the same).
    public static let schemaDocument = """
        # PowerDesk open data (开放数据) — schema version 1

        The public site publishes the catalogue of powers and the case progress (办理动态) as JSON, UTF-8,
        keys sorted, under the site root. Dates are `YYYY-MM-DD` in China Standard Time. Nothing in
        these files names a person in full, carries an identity number or an address, or comes from an
        item or case marked secret.

        ## /catalogue.json

        | Field | Type | Meaning |
        |---|---|---|
        | `schema` | integer | schema version, 1 |
        | `bureau` | string | the bureau's name |
        | `version` | integer | the definition version in force |
        | `effectiveOn` | date | the day that version took effect |
        | `items` | array | one object per public power, by code |
        | `items[].code` | string | item code `320600-KIND-NNN` (KIND: XK licence, CF penalty, QZ enforcement, QT other) |
        | `items[].name` | string | the power's name |
        | `items[].kind` | string | `licence`, `penalty`, `enforcement` or `other` |
        | `items[].section` | string | the section handling it |
        | `items[].basis` | array of strings | legal basis, one citation per law with its articles |
        | `items[].statutoryLimit` | string or null | statutory time limit, e.g. `15日` or `20个工作日` |
        | `items[].promisedLimit` | string or null | promised time limit |
        | `items[].publicFields` | object | the public fields the definition carries (R2), by field code: `conditions`, `fee`, `department`, `phone`, `address`, `online-link`, `service-guide`, `forms`, `faq`, `supervision-phone`, `procedure`, `penalty-types`, `implementer` |
        | `items[].discretionLevels` | array | penalties: every level of the discretion standard |
        | `items[].discretionLevels[].name` | string | the level, e.g. 轻微 |
        | `items[].discretionLevels[].circumstances` | string | when it applies |
        | `items[].discretionLevels[].standard` | string | the penalty it allows |
        | `items[].flowchart` | string | path of the flowchart SVG |
        | `items[].page` | string | path of the item's HTML page |

        ## /progress/index.json

        | Field | Type | Meaning |
        |---|---|---|
        | `schema` | integer | schema version, 1 |
        | `received` | integer | cases received and not yet acted on |
        | `inProgress` | integer | cases in progress (suspended ones included) |
        | `concluded` | integer | cases concluded |
        | `pages` | array of strings | paths of the progress pages, oldest cases first |

        ## /progress/p/NNNNNN.json

        One page of 100 cases in order of receipt; a case stays on its page for good.

        | Field | Type | Meaning |
        |---|---|---|
        | `schema` | integer | schema version, 1 |
        | `page` | integer | the page number |
        | `cases` | array | the page's public cases |
        | `cases[].serial` | string | 办件编号, e.g. `XK2026000001` |
        | `cases[].item` | string | the item code |
        | `cases[].party` | string | an organisation's name, or a person's surname followed by `*` |
        | `cases[].phase` | string | `received`, `in-progress`, `suspended` or `concluded` |
        | `cases[].step` | string | the current step's name |
        | `cases[].receivedOn` | date | the day the case was received |
        | `cases[].dueOn` | date or null | the statutory (else promised) due date, once the clock runs |
        | `cases[].concludedOn` | date or null | the day it concluded |
        | `cases[].onTime` | string | `on-time`, `overdue` or `n/a` (no time limit) |

        ## /disclosure.json

        双公示: the licence and penalty decisions in publication, and those withdrawn because a 复议 or
        court changed, revoked or found them unlawful (行政处罚法 第48条第2款), with the reason.

        | Field | Type | Meaning |
        |---|---|---|
        | `schema` | integer | schema version, 1 |
        | `authority` | string | the deciding authority (决定机关) |
        | `decisions` | array | decisions in publication, newest first |
        | `decisions[].kind` | string | `licence` or `penalty` |
        | `decisions[].number` | string | 决定书文号 |
        | `decisions[].serial` | string | the case's 办件编号 |
        | `decisions[].item` | string | the power's name |
        | `decisions[].party` | string | an organisation's name, or a person's surname followed by `*` |
        | `decisions[].creditCode` | string or null | an organisation's 统一社会信用代码 |
        | `decisions[].content` | string | what was decided (sanctions and amounts, or 准予行政许可) |
        | `decisions[].decidedOn` | date | the day of the decision |
        | `withdrawn` | array | decisions withdrawn from publication, latest first |
        | `withdrawn[].kind` | string | `licence` or `penalty` |
        | `withdrawn[].number` | string | 决定书文号 |
        | `withdrawn[].serial` | string | the case's 办件编号 |
        | `withdrawn[].item` | string | the power's name |
        | `withdrawn[].decidedOn` | date | the day of the decision |
        | `withdrawn[].withdrawnOn` | date | the day the 复议 or court decided |
        | `withdrawn[].reason` | string | why, e.g. 该决定经行政复议被撤销 |

        """

    struct CatalogueFile: Encodable {
        let schema: Int
        let bureau: String
        let version: Int64
        let effectiveOn: String
        let items: [Item]
    }

    struct Item: Encodable {
        let code: String
        let name: String
        let kind: String
        let section: String
        let basis: [String]
        let statutoryLimit: String?
        let promisedLimit: String?
        let publicFields: [String: String]
        let discretionLevels: [Level]
        let flowchart: String
        let page: String
    }

    struct Level: Encodable {
        let name: String
        let circumstances: String
        let standard: String
    }

    struct ProgressFile: Encodable {
        let schema: Int
        let page: Int
        let cases: [Case]
    }

    struct Case: Encodable {
        let serial: String
        let item: String
        let party: String
        let phase: String
        let step: String
        let receivedOn: String
        let dueOn: String?
        let concludedOn: String?
        let onTime: String
    }

    struct ProgressIndex: Encodable {
        let schema: Int
        let received: Int
        let inProgress: Int
        let concluded: Int
        let pages: [String]
    }

    struct DisclosureFile: Encodable {
        let schema: Int
        let authority: String
        let decisions: [Decision]
        let withdrawn: [Withdrawn]
    }

    struct Decision: Encodable {
        let kind: String
        let number: String
        let serial: String
        let item: String
        let party: String
        let creditCode: String?
        let content: String
        let decidedOn: String
    }

    struct Withdrawn: Encodable {
        let kind: String
        let number: String
        let serial: String
        let item: String
        let decidedOn: String
        let withdrawnOn: String
        let reason: String
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func catalogue(_ set: DefinitionSet, version: CataloguePages.Version) throws -> Data {
        let items = CataloguePages.publicItems(set).map { item in
            Item(
                code: item.code, name: HTMLText.plain(item.name), kind: item.kind.rawValue,
                section: set.bureau.sections.first { $0.code == item.section }?.name ?? item.section,
                basis: item.basis.map(\.citation), statutoryLimit: item.statutoryLimit?.description, promisedLimit: item.promisedLimit?.description,
                publicFields: Dictionary(item.publicInfo.map { ($0.key, HTMLText.plain($0.value)) }, uniquingKeysWith: { a, _ in a }),
                discretionLevels: item.discretion?.levels.map { Level(name: $0.name, circumstances: HTMLText.plain($0.circumstances), standard: HTMLText.plain($0.standard)) } ?? [],
                flowchart: "/catalogue/\(item.code).svg", page: CataloguePages.itemPath(item.code)
            )
        }
        return try encoder().encode(CatalogueFile(schema: schemaVersion, bureau: set.bureau.name, version: version.number,
                                                  effectiveOn: version.effectiveOn.description, items: items))
    }

    public static func progress(_ rows: [PublicCaseSummary], page: Int, today: CivilDate) throws -> Data {
        let cases = rows.map { row in
            Case(serial: row.caseID, item: row.itemCode, party: row.party, phase: row.phase.rawValue, step: row.stepName,
                 receivedOn: row.openedOn.description, dueOn: row.dueOn?.description, concludedOn: row.concludedOn?.description,
                 onTime: row.timeliness(today: today).rawValue)
        }
        return try encoder().encode(ProgressFile(schema: schemaVersion, page: page, cases: cases))
    }

    public static func progressIndex(counts: ProgressPages.Counts, pages: [Int]) throws -> Data {
        try encoder().encode(ProgressIndex(schema: schemaVersion, received: counts.received, inProgress: counts.inProgress, concluded: counts.concluded,
                                           pages: pages.map { "/progress/p/\(ProgressPages.pageName($0)).json" }))
    }

    /// 双公示 as JSON: the same entries and withdrawals as `/disclosure/`, in the same order.
    public static func disclosure(_ entries: [DisclosureEntry], withdrawn: [DisclosureWithdrawal], authority: String) throws -> Data {
        let decisions = entries.sorted { ($0.decidedOn, $0.number) > ($1.decidedOn, $1.number) }.map {
            Decision(kind: $0.kind.rawValue, number: $0.number, serial: $0.caseID, item: $0.itemName, party: $0.party, creditCode: $0.creditCode,
                     content: $0.content, decidedOn: $0.decidedOn.description)
        }
        let taken = withdrawn.sorted { ($0.withdrawnOn, $0.number) > ($1.withdrawnOn, $1.number) }.map {
            Withdrawn(kind: $0.kind.rawValue, number: $0.number, serial: $0.caseID, item: $0.itemName, decidedOn: $0.decidedOn.description,
                      withdrawnOn: $0.withdrawnOn.description, reason: $0.reason)
        }
        return try encoder().encode(DisclosureFile(schema: schemaVersion, authority: authority, decisions: decisions, withdrawn: taken))
    }
}
