import Foundation
import GRDB
import Localization
import Workflow

/// One register of parties keyed by identity number: a number comes back under the name it was
/// registered with, or under a new one only with a reason (a renamed organisation keeps its
/// history; a typo in a name is corrected on the record, not silently doubled). Written in the
/// opening's own transaction.
public enum PartyRegister {
    /// Registers the party of a case being opened; refuses a different name without a reason.
    static func register(_ party: CaseParty, caseID: String, reason: String?, actorID: String, at: Date, _ db: Database) throws {
        let number = party.identity.value
        guard !number.isEmpty else { return }
        let name = party.name.trimmingCharacters(in: .whitespaces)
        let known = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM party WHERE id_number = ?"), arguments: [number])
        if let known, known == name {
            try db.cachedStatement(sql: "UPDATE party SET last_case = ?, updated_at = ? WHERE id_number = ?")
                .execute(arguments: [caseID, at.timeIntervalSince1970, number])
            return
        }
        // Only a name the register does not hold yet needs its initials worked out.
        let initials = PinyinInitials.of(name)
        if let known {
            let reason = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else {
                let earlier = try String.fetchAll(db, sql: "SELECT id FROM \"case\" WHERE party_id_number = ? ORDER BY opened_at DESC LIMIT 5", arguments: [number])
                throw StorageError(CaseFilePhrases.partyNameDiffers(number, known, earlier.joined(separator: "、"), name))
            }
            try db.execute(sql: "UPDATE party SET name = ?, initials = ?, last_case = ?, updated_at = ? WHERE id_number = ?",
                           arguments: [name, initials, caseID, at.timeIntervalSince1970, number])
            try db.execute(sql: "INSERT INTO party_name (id_number, name, initials, case_id, reason, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [number, name, initials, caseID, reason, actorID, at.timeIntervalSince1970])
            let body = "{\"case\":\(UserRepository.quoted(caseID)),\"from\":\(UserRepository.quoted(known)),\"id\":\(UserRepository.quoted(number)),"
                + "\"reason\":\(UserRepository.quoted(reason)),\"to\":\(UserRepository.quoted(name))}"
            try AuditChain.append(kind: "party.renamed", body: body, userID: actorID, caseID: caseID, eventSeq: nil, at: at, db)
            return
        }
        try db.cachedStatement(sql: "INSERT INTO party (id_number, kind, name, initials, first_case, last_case, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [number, party.kind.rawValue, name, initials, caseID, caseID, at.timeIntervalSince1970])
        try db.cachedStatement(sql: "INSERT INTO party_name (id_number, name, initials, case_id, reason, user_id, at) VALUES (?, ?, ?, ?, NULL, ?, ?)")
            .execute(arguments: [number, name, initials, caseID, actorID, at.timeIntervalSince1970])
    }

    /// A party's record: every name it was registered under (oldest first, with the reason of
    /// each change) and its cases, newest first.
    public struct Record: Sendable {
        public struct Name: Sendable {
            public let name: String
            public let since: Date
            public let caseID: String
            public let reason: String?
        }

        public struct Case: Sendable {
            public let id: String
            public let itemCode: String
            public let name: String
            public let status: String
            public let openedAt: Date
        }

        public let idNumber: String
        public let names: [Name]
        public let cases: [Case]
    }

    public static func record(_ idNumber: String, in database: PowerDeskDatabase) throws -> Record? {
        try database.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM party WHERE id_number = ?", arguments: [idNumber]) == true else { return nil }
            let names = try Row.fetchAll(db, sql: "SELECT name, at, case_id, reason FROM party_name WHERE id_number = ? ORDER BY at, rowid", arguments: [idNumber])
                .map { Record.Name(name: $0["name"], since: Date(timeIntervalSince1970: $0["at"]), caseID: $0["case_id"], reason: $0["reason"]) }
            let cases = try Row.fetchAll(db, sql: """
                SELECT id, item_code, party_name, status, opened_at FROM "case" WHERE party_id_number = ? ORDER BY opened_at DESC, id DESC
                """, arguments: [idNumber])
                .map { Record.Case(id: $0["id"], itemCode: $0["item_code"], name: $0["party_name"], status: $0["status"], openedAt: Date(timeIntervalSince1970: $0["opened_at"])) }
            return Record(idNumber: idNumber, names: names, cases: cases)
        }
    }
}
