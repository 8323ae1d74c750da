/// What a valid unified social credit code says about the organisation that holds it.
public struct CreditCodeDetails: Sendable, Hashable {
    /// Character 1 as written, e.g. "9".
    public let registeringBodyCode: Character
    /// The registering body, when character 1 is one GB 32100-2015 lists.
    public let registeringBody: RegisteringBody?
    /// Character 2 as written, e.g. "1".
    public let categoryCode: Character
    /// The category, when the pair (body, character 2) is one GB 32100-2015 lists.
    public let category: CreditCodeCategory?
    /// Characters 3–8, the area code of the registering office, e.g. "110000".
    public let areaCode: String
    /// Characters 9–17 as an organisation code in its display form, e.g. "60003734-1".
    public let organizationCode: String
    /// Whether characters 9–17 carry a correct GB 11714 check character. Informative only: the
    /// credit code itself is valid either way.
    public let organizationCodeCheckIsValid: Bool

    /// Decodes a credit code that passed `IdentityCheck`; `nil` for any other kind.
    public init?(_ number: IdentityNumber) {
        guard number.kind == .creditCode else { return nil }
        let characters = Array(number.value)
        guard characters.count == CreditCodeRules.length else { return nil }
        registeringBodyCode = characters[0]
        registeringBody = RegisteringBody(rawValue: String(characters[0]))
        categoryCode = characters[1]
        category = registeringBody.flatMap { CreditCodeCategory(body: $0, code: characters[1]) }
        areaCode = String(characters[2...7])
        let embedded = characters[8...16]
        organizationCode = String(embedded.prefix(8)) + "-" + String(embedded.suffix(1))
        let values = embedded.prefix(8).compactMap(CheckCharacters.organizationValue)
        organizationCodeCheckIsValid = values.count == 8
            && CheckCharacters.organizationCode(values) == characters[16]
    }
}
