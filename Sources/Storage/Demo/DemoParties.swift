import Localization
import Workflow

/// Counterparties of the demo with identity numbers that pass their checks: the check character
/// is found by asking the real validator, not computed here a second time.
enum DemoParties {
    static let creditCharacters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// A religious venue (registering body 7, category 1) or other religious body in Nantong.
    static func organization(name: String, venue: Bool, serial: String) throws -> CaseParty {
        let body = (venue ? "71" : "79") + "320600" + serial + "X"
        return CaseParty(kind: .organization, name: name, identity: try creditCode(body), contact: "0513-85000000")
    }

    static func company(name: String, serial: String) throws -> CaseParty {
        CaseParty(kind: .organization, name: name, identity: try creditCode("91320600" + serial), contact: "0513-86000000")
    }

    static func person(name: String, birth: String, sequence: String) throws -> CaseParty {
        let body = "320602" + birth + sequence
        for check in Array("0123456789X") {
            if case let .success(number) = IdentityCheck.validate(body + String(check), as: .residentID) {
                return CaseParty(kind: .person, name: name, identity: number, contact: "139" + birth.suffix(8))
            }
        }
        throw IdentityProblem(IdentityPhrases.kindResidentID(), kind: .residentID)
    }

    private static func creditCode(_ first17: String) throws -> IdentityNumber {
        let body = String(first17.prefix(17))
        for check in creditCharacters {
            if case let .success(number) = IdentityCheck.validate(body + String(check), as: .creditCode) { return number }
        }
        throw IdentityProblem(IdentityPhrases.kindCreditCode(), kind: .creditCode)
    }
}
