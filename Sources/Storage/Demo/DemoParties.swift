import Localization
import Workflow

/// Counterparties of the demo with identity numbers that pass their checks: the check character
/// is found by asking the real validator, not computed here a second time.
enum DemoParties {
    static let creditCharacters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// A religious venue (registering body 7, category 1) or other religious body in Nantong.
    /// Demo addresses: made-up street numbers in Nantong's districts, one per serial.
    static let streets = ["崇川区濠河路", "崇川区工农路", "通州区金沙镇人民路", "海门区海门街道长江路", "如皋市如城街道海阳路", "启东市汇龙镇公园路"]

    static func address(_ serial: String) -> String {
        let number = Int(serial.suffix(3)) ?? 1
        return "江苏省南通市" + streets[number % streets.count] + "\(number % 200 + 1)号"
    }

    static func organization(name: String, venue: Bool, serial: String) throws -> CaseParty {
        let body = (venue ? "71" : "79") + "320600" + serial + "X"
        return CaseParty(kind: .organization, name: name, identity: try creditCode(body), contact: "0513-85000000", address: address(serial))
    }

    static func company(name: String, serial: String) throws -> CaseParty {
        CaseParty(kind: .organization, name: name, identity: try creditCode("91320600" + serial), contact: "0513-86000000", address: address(serial))
    }

    static func person(name: String, birth: String, sequence: String) throws -> CaseParty {
        let body = "320602" + birth + sequence
        for check in Array("0123456789X") {
            if case let .success(number) = IdentityCheck.validate(body + String(check), as: .residentID) {
                return CaseParty(kind: .person, name: name, identity: number, contact: "139" + birth.suffix(8), address: address(sequence))
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
