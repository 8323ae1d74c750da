import Workflow

/// The party as it may leave the bureau. An organisation's name and credit code are public
/// registers (企业信息公示暂行条例), so they go in full. A person's are not: what a religious
/// affairs bureau holds about a person says something of their religious belief, which is
/// sensitive personal information (个人信息保护法 Art. 28), and the law allows only what the
/// purpose needs (Art. 6). The hall needs to know a case has a party, not who: the surname and the
/// outer digits of the number go, the rest is masked. Address and telephone never leave.
struct FeedParty: FeedPayload, Sendable, Hashable {
    let kind: String
    let name: String
    let idType: String
    let idNumber: String
    let masked: Bool

    init(_ party: CaseParty) {
        kind = party.kind.rawValue
        idType = party.identity.kind.rawValue
        if party.kind == .organization {
            name = party.name
            idNumber = party.identity.value
            masked = false
        } else {
            name = Self.maskName(party.name)
            idNumber = Self.maskNumber(party.identity.value)
            masked = true
        }
    }

    /// "张三丰" → "张**": the first character, then one star per character masked.
    static func maskName(_ name: String) -> String {
        guard let first = name.first else { return "" }
        return String(first) + String(repeating: "*", count: max(1, name.count - 1))
    }

    /// "320623199001011231" → "320623********1231": six digits of area code and the last four
    /// (as bank and railway tickets print it); shorter numbers keep only their last two.
    static func maskNumber(_ number: String) -> String {
        let characters = Array(number)
        if characters.count >= 15 {
            return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 10) + String(characters.suffix(4))
        }
        let kept = min(2, characters.count / 2)
        return String(repeating: "*", count: characters.count - kept) + String(characters.suffix(kept))
    }
}

extension FeedParty {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("kind", kind)
        object.set("name", name)
        object.set("idType", idType)
        object.set("idNumber", idNumber)
        object.set("masked", masked)
        return object
    }
}
