extension CaseEngine {
    /// The fellow officers an actor may name on a day (行政处罚法 Art. 42): certificated, the
    /// certificate valid that day, and holding no post barred from enforcement — the rule
    /// `officerReasons` enforces, asked here so a form can offer only whom the engine will accept.
    public func fellowOfficers(of actor: Actor, on day: CivilDate) -> [OfficerCredential] {
        actor.officers.values.filter { officer in
            officer.userID != actor.userID && officer.certificate.isValid(on: day)
                && !officer.posts.contains { definitions.bureau.post($0).map { !$0.officer } ?? false }
        }.sorted { $0.userID < $1.userID }
    }
}
