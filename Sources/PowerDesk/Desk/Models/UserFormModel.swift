/// The admin's form for a new user: user name, display name, section, posts, first password.
struct UserFormModel {
    var fields = [TextField](repeating: TextField(), count: 5)
    var focus = 0

    func value(_ index: Int) -> String { fields[index].text.trimmingCharacters(in: .whitespaces) }
}
