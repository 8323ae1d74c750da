import Documents
import Testing
import Workflow

@Suite struct NameMaskTests {
    @Test(arguments: [("张三", "张*"), ("张三丰", "张*"), ("欧阳修文", "欧阳*"), ("欧阳", "欧*"), ("李", "李*"), (" 王 五 ", "王*"), ("", "*"),
                      ("\u{202E}赵六", "赵*")] as [(String, String)])
    func personsShowTheSurnameOnly(_ name: String, _ shown: String) {
        #expect(NameMask.person(name) == shown)
    }

    @Test func organisationsKeepTheirRegisteredName() throws {
        let identity = try IdentityCheck.validate("91110000600037341L", as: .creditCode).get()
        let party = CaseParty(kind: .organization, name: "南通市某寺", identity: identity, contact: "", address: "某路1号")
        #expect(NameMask.publicName(party) == "南通市某寺")
    }
}
