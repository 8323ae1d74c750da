/// One line of `powerdesk batch`: JSON with an `op` and the fields that operation needs.
///
/// ```
/// {"op":"open","item":"320600-XK-001","party":{"kind":"organization","name":"…","id":"…","address":"…"},"subject":"…","materials":{"application":1},"facts":{"activity-date":"2026-05-24"}}
/// {"op":"materials","case":"XK2026000001","materials":{"safety-plan":1}}
/// {"op":"facts","case":"XK2026000001","facts":{"attendance":"3000"}}
/// {"op":"act","case":"XK2026000001","action":"accept","revision":2,"request":"client-17"}
/// {"op":"party","case":"XK2026000001","address":"…","contact":"…","reason":"地址笔误"}
/// {"op":"attach","case":"XK2026000001","file":"/home/wang/powerdesk-inbox/申请书.pdf","material":"application"}
/// ```
struct BatchOperation: Decodable {
    struct Party: Decodable {
        let kind: String
        let name: String
        let id: String
        let idKind: String?
        let contact: String?
        let address: String?
        /// Why the name differs from the one the number is registered under (renamed, corrected).
        let renameReason: String?
    }

    struct Sanction: Decodable {
        let kind: String
        /// Yuan as text ("120000", "15万") so no amount passes through floating point.
        let yuan: String?
        /// For confiscate-property: each thing taken, `{"name":"功德箱","quantity":"2","unit":"个"}`.
        let property: [Property]?
    }

    struct Property: Decodable {
        let name: String
        let quantity: String
        let unit: String?
    }

    struct Violation: Decodable {
        let item: String?
        let `case`: String?
        let level: String
        let sanctions: [Sanction]
    }

    struct Penalty: Decodable {
        let violations: [Violation]
        let justification: String?
        /// 行政处罚法 Art. 32's ground for a reduced penalty: remedied, coerced, confessed, cooperated, other-rule.
        let mitigation: String?
    }

    let op: String
    let request: String?
    let item: String?
    let procedure: String?
    let party: Party?
    let subject: String?
    let materials: [String: Int]?
    let facts: [String: String]?
    let `case`: String?
    let action: String?
    let opinion: String?
    let reason: String?
    let participants: [String]?
    let penalty: Penalty?
    let merge: [String]?
    /// For `act`: the action's declared inputs, `{"hearing-date":"2026-03-20","hearing-host":"legal"}`.
    let inputs: [String: String]?
    let revision: Int?
    /// For `party`: the amended address and contact.
    let address: String?
    let contact: String?
    /// For `attach`: the file, and the material (`material`) or evidence entry (`evidence`) it goes under.
    let file: String?
    let material: String?
    let evidence: String?
}
