import Localization
import Workflow

/// The clerk's new-case form: choose the item from a searchable list, then the party (its
/// identity number checked as it is typed), the subject, the item's key facts with their units,
/// and the materials received.
struct NewCaseModel {
    enum Row: Hashable {
        /// Shown when the item can run on more than one procedure this user may open (a penalty
        /// on the ordinary or the simplified, on-the-spot procedure).
        case procedure
        case partyKind
        case partyName
        case partyID
        /// Asked only when the number is registered under another name (issue 18).
        case renameReason
        case contact
        case address
        case subject
        case fact(String)
        case material(String)
    }

    let items: [ItemDefinition]
    var filter = TextField()
    var choice = 0
    var item: ItemDefinition? {
        didSet { procedureIndex = 0 }
    }
    /// The procedures of the chosen item this user may open, the item's default first.
    var procedures: [ProcedureDefinition] = []
    var procedureIndex = 0
    var partyKind: PartyKind = .organization
    var inputs: [Row: TextField] = [:]
    var received: Set<String> = []
    var focus = 0
    /// The register's record of the typed identity number, looked up by the desk as it is typed.
    var registered: (number: String, name: String, cases: [String])?

    init(items: [ItemDefinition]) {
        self.items = items
    }

    var matches: [ItemDefinition] {
        let text = filter.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return items }
        let initials = PinyinInitials.isQuery(text) ? text.lowercased() : nil
        return items.filter { item in
            item.code.localizedCaseInsensitiveContains(text) || item.name.contains(text)
                || initials.map { PinyinInitials.of(item.name).contains($0) } == true
        }
    }

    var rows: [Row] {
        guard let item else { return [] }
        return (procedures.count > 1 ? [.procedure] : []) + [.partyKind, .partyName, .partyID] + (needsRenameReason ? [.renameReason] : [])
            + [.contact, .address, .subject] + item.facts.map { .fact($0.code) } + item.materials.map { .material($0.code) }
    }

    /// The typed number is registered under another name than the one typed.
    var needsRenameReason: Bool {
        guard let registered, case let .success(number)? = identity, number.value == registered.number else { return false }
        return !text(.partyName).isEmpty && registered.name != text(.partyName)
    }

    var procedureCode: String? {
        procedures.indices.contains(procedureIndex) ? procedures[procedureIndex].code : nil
    }

    /// The most characters a row takes: an identity number is short, an address is a line.
    static func limit(_ row: Row) -> Int {
        switch row {
        case .partyID: 40
        case .contact: 60
        case .partyName, .subject, .fact: 100
        default: TextField.singleLineLimit
        }
    }

    func text(_ row: Row) -> String { inputs[row]?.text.trimmingCharacters(in: .whitespaces) ?? "" }

    /// The identity number checked against the kind of party: an organisation's credit code or
    /// organisation code, a person's ID card, passport or officer card.
    var identity: Result<IdentityNumber, IdentityProblem>? {
        let raw = text(.partyID)
        guard !raw.isEmpty else { return nil }
        if partyKind == .organization {
            let compact = IdentityCheck.normalize(raw).replacingOccurrences(of: "-", with: "")
            return IdentityCheck.validate(raw, as: compact.count == 18 ? .creditCode : .organizationCode)
        }
        return IdentityCheck.detectAndValidate(raw)
    }

    func factValue(_ code: String) -> Result<FactValue, Message>? {
        guard let field = item?.fact(code), !text(.fact(code)).isEmpty else { return nil }
        return FactValue.parse(text(.fact(code)), as: field)
    }

    /// Applies a key to the focused row: text editing, ←/→ on the party kind, Space on a material.
    mutating func edit(_ key: Key) {
        let rows = rows
        guard rows.indices.contains(focus) else { return }
        switch rows[focus] {
        case .procedure:
            guard !procedures.isEmpty else { return }
            if key == .right || key == .character(" ") { procedureIndex = (procedureIndex + 1) % procedures.count }
            if key == .left { procedureIndex = (procedureIndex + procedures.count - 1) % procedures.count }
        case .partyKind:
            if key == .left || key == .right || key == .character(" ") { partyKind = partyKind == .organization ? .person : .organization }
        case let .material(code):
            if key == .character(" ") { if received.contains(code) { received.remove(code) } else { received.insert(code) } }
        default:
            var field = inputs[rows[focus]] ?? TextField(maxLength: Self.limit(rows[focus]))
            _ = field.handle(key)
            inputs[rows[focus]] = field
        }
    }
}
