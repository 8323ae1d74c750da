import Localization
import Workflow

/// The catalogue (R1, R2): every public item by kind and section, and one page per item with the
/// fields its kind must publish, its discretion standard, its flowchart and the version in force.
/// A field the definition does not carry is shown as such, never left out silently.
public enum CataloguePages {
    /// The version in force and the day it took effect.
    public struct Version: Sendable, Hashable {
        public let number: Int64
        public let effectiveOn: CivilDate

        public init(number: Int64, effectiveOn: CivilDate) {
            self.number = number
            self.effectiveOn = effectiveOn
        }
    }

    /// Items the public may see: not marked secret.
    public static func publicItems(_ set: DefinitionSet) -> [ItemDefinition] {
        set.items.filter { $0.secrecy == nil }.sorted { $0.code < $1.code }
    }

    public static func itemPath(_ code: String) -> String { "/catalogue/\(code).html" }

    public static func index(_ set: DefinitionSet, version: Version) -> String {
        let t = HTMLText.escape
        let items = publicItems(set)
        var html = "<p>\(t(PublicPhrases.catalogueCount(items.count, version.number, version.effectiveOn.description).text(.zh)))</p>\n"
        for kind in ItemKind.allCases {
            let ofKind = items.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            html += "<h2 id=\"\(kind.rawValue)\">\(t(kind.displayName.text(.zh)))（\(ofKind.count)）</h2>\n"
            for section in set.bureau.sections {
                let rows = ofKind.filter { $0.section == section.code }
                guard !rows.isEmpty else { continue }
                html += "<h3>\(t(section.name))</h3>\n" + SiteTable.start([PublicPhrases.fieldCode, PublicPhrases.fieldName, PublicPhrases.fieldStatutory])
                for item in rows {
                    html += "<tr><td>\(t(item.code))</td><td><a href=\"\(itemPath(item.code))\">\(t(item.name))</a></td>"
                    html += "<td>\(t(item.statutoryLimit?.description ?? PublicPhrases.noLimit.zh))</td></tr>\n"
                }
                html += SiteTable.end
            }
        }
        return html
    }

    public static func item(_ item: ItemDefinition, set: DefinitionSet, version: Version) -> String {
        let t = HTMLText.escape
        let bureau = set.bureau
        let info = Dictionary(item.publicInfo.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let section = bureau.sections.first { $0.code == item.section }?.name ?? item.section
        var rows: [(String, String)] = [
            (PublicPhrases.fieldCode.zh, item.code),
            (PublicPhrases.fieldName.zh, item.name),
            (PublicPhrases.fieldKind.zh, item.kind.displayName.text(.zh)),
            (PublicPhrases.fieldSection.zh, section),
            (PublicPhrases.fieldBasis.zh, item.basis.map(\.citation).joined(separator: "；")),
            (PublicPhrases.fieldStatutory.zh, item.statutoryLimit?.description ?? PublicPhrases.noLimit.zh),
            (PublicPhrases.fieldPromised.zh, item.promisedLimit?.description ?? PublicPhrases.notStated.zh),
        ]
        for field in bureau.publicFields[item.kind] ?? [] {
            rows.append((field.name, info[field.code] ?? PublicPhrases.notStated.zh))
        }
        rows.append((PublicPhrases.fieldVersion.zh, PublicPhrases.versionInForce(version.number, version.effectiveOn.description).text(.zh)))
        var html = "<dl>\n" + rows.map { "<dt>\(t($0.0))</dt><dd>\(HTMLText.escapeLines($0.1))</dd>" }.joined(separator: "\n") + "\n</dl>\n"
        if !item.materials.isEmpty {
            html += "<h2>\(t(PublicPhrases.fieldMaterials.zh))</h2>\n<ol>\n"
            for material in item.materials {
                let form = material.form == .copy ? PublicPhrases.materialCopy.zh : PublicPhrases.materialOriginal.zh
                html += "<li>\(t(material.name))（\(t(form))）\(material.required ? "" : t(PublicPhrases.materialOptional.zh))</li>\n"
            }
            html += "</ol>\n"
        }
        if let discretion = item.discretion {
            html += discretionSection(discretion)
        }
        if let flow = set.flow(item: item.code) {
            html += "<h2>\(t(PublicPhrases.flowchartTitle.zh))</h2>\n<figure>\n\(FlowchartSVG.render(flow, bureau: bureau))\n"
            html += "<figcaption>\(t(PublicPhrases.flowSupervisionNote.zh))</figcaption>\n</figure>\n"
            html += "<p><a href=\"/catalogue/\(t(item.code)).svg\">\(t(PublicPhrases.flowchartFile.zh))</a></p>\n"
        }
        html += "<h2>\(t(PublicPhrases.flowRemediesTitle.zh))</h2>\n<p>\(t(PublicPhrases.flowRemedies.zh))</p>\n"
        return html
    }

    /// Every circumstance level of the standard with the bands it allows (R4, seed: 自由裁量标准细化、固化).
    static func discretionSection(_ discretion: DiscretionBenchmark) -> String {
        let t = HTMLText.escape
        var html = "<h2>\(t(PublicPhrases.discretionTitle.zh))</h2>\n"
        html += "<p>\(t(PublicPhrases.discretionViolation(discretion.violation).text(.zh)))</p>\n"
        html += "<p>\(t(PublicPhrases.discretionBasis(discretion.basis).text(.zh)))</p>\n"
        html += SiteTable.start([PublicPhrases.discretionLevel, PublicPhrases.discretionCircumstances, PublicPhrases.discretionStandard])
        for level in discretion.levels {
            html += "<tr><th scope=\"row\">\(t(level.name))</th><td>\(HTMLText.escapeLines(level.circumstances))</td><td>\(HTMLText.escapeLines(level.standard))</td></tr>\n"
        }
        return html + SiteTable.end
    }
}
