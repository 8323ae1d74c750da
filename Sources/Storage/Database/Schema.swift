import Foundation
import GRDB
import Workflow

/// The database schema as named migrations, each run once and recorded by GRDB. A database that
/// has applied a migration this build does not know was written by a newer PowerDesk and is not
/// opened for writing.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);

                CREATE TABLE definition_version (
                    id INTEGER PRIMARY KEY,
                    status TEXT NOT NULL CHECK (status IN ('active', 'draft', 'superseded', 'rejected')),
                    note TEXT NOT NULL DEFAULT '',
                    created_at REAL NOT NULL,
                    created_by TEXT NOT NULL,
                    confirmed_at REAL,
                    confirmed_by TEXT
                );
                CREATE TABLE definition_file (
                    version_id INTEGER NOT NULL REFERENCES definition_version(id),
                    path TEXT NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (version_id, path)
                );
                CREATE TABLE holiday_schedule (
                    year INTEGER PRIMARY KEY NOT NULL,
                    text TEXT NOT NULL,
                    updated_at REAL NOT NULL,
                    updated_by TEXT NOT NULL
                );

                CREATE TABLE user (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    section TEXT NOT NULL DEFAULT '',
                    password_hash BLOB NOT NULL,
                    salt BLOB NOT NULL,
                    failed_attempts INTEGER NOT NULL DEFAULT 0,
                    locked_until REAL,
                    active INTEGER NOT NULL DEFAULT 1,
                    created_at REAL NOT NULL
                );
                CREATE TABLE user_post (
                    user_id TEXT NOT NULL REFERENCES user(id) ON DELETE CASCADE,
                    post TEXT NOT NULL,
                    PRIMARY KEY (user_id, post)
                );

                CREATE TABLE serial (prefix TEXT PRIMARY KEY NOT NULL, next INTEGER NOT NULL);

                CREATE TABLE "case" (
                    id TEXT PRIMARY KEY NOT NULL,
                    item_code TEXT NOT NULL,
                    procedure_code TEXT NOT NULL,
                    flow_version INTEGER NOT NULL REFERENCES definition_version(id),
                    section TEXT NOT NULL,
                    party_name TEXT NOT NULL,
                    party_id_number TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    step TEXT NOT NULL,
                    status TEXT NOT NULL,
                    opened_at REAL NOT NULL,
                    updated_at REAL NOT NULL,
                    revision INTEGER NOT NULL,
                    state TEXT NOT NULL
                );
                CREATE INDEX case_by_status_step ON "case"(status, step);
                CREATE INDEX case_by_party ON "case"(party_id_number);
                CREATE INDEX case_by_updated ON "case"(updated_at);

                CREATE TABLE case_event (
                    case_id TEXT NOT NULL REFERENCES "case"(id),
                    seq INTEGER NOT NULL,
                    at REAL NOT NULL,
                    user_id TEXT NOT NULL,
                    body TEXT NOT NULL,
                    PRIMARY KEY (case_id, seq)
                );

                CREATE TABLE request (
                    id TEXT PRIMARY KEY NOT NULL,
                    case_id TEXT NOT NULL,
                    result TEXT NOT NULL,
                    at REAL NOT NULL
                );

                CREATE TABLE attachment (
                    sha256 TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL,
                    data BLOB NOT NULL
                );
                CREATE TABLE case_attachment (
                    case_id TEXT NOT NULL REFERENCES "case"(id),
                    material_code TEXT NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES attachment(sha256),
                    name TEXT NOT NULL,
                    added_at REAL NOT NULL,
                    added_by TEXT NOT NULL,
                    PRIMARY KEY (case_id, material_code, sha256)
                );

                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY NOT NULL,
                    at_ms INTEGER NOT NULL,
                    user_id TEXT NOT NULL,
                    case_id TEXT,
                    event_seq INTEGER,
                    kind TEXT NOT NULL,
                    body TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE UNIQUE INDEX audit_by_event ON audit(case_id, event_seq) WHERE event_seq IS NOT NULL;
                """)
        }
        migrator.registerMigration("v2-queue") { db in
            // The day a case's earliest deadline turns yellow, so the 预警 tab is one indexed
            // range query however many cases there are; and who acted, for the 已办 tab.
            try db.execute(sql: """
                ALTER TABLE "case" ADD COLUMN warn_on TEXT;
                CREATE INDEX case_by_warning ON "case"(status, warn_on);
                CREATE INDEX case_by_section ON "case"(section, status, updated_at);
                CREATE INDEX case_event_by_user ON case_event(user_id, case_id);
                """)
        }
        migrator.registerMigration("v3-change-requests") { db in
            // R3: a change request records when the law or the duties changed; the filing is due
            // within 20 days of that.
            try db.execute(sql: "ALTER TABLE definition_version ADD COLUMN law_changed_on TEXT")
        }
        migrator.registerMigration("v4-queue-order") { db in
            // The queue's order is (updated_at, id): with id in the index, cases changed in the
            // same second need no sort, and paging on from an anchor is one index range.
            try db.execute(sql: """
                DROP INDEX case_by_updated;
                CREATE INDEX case_by_updated ON "case"(updated_at, id);
                """)
        }
        migrator.registerMigration("v5-supervision") { db in
            // R24: the cases supervision must look at (a penalty outside the standard, repeated
            // abnormal operations) as one indexed query.
            try db.execute(sql: """
                ALTER TABLE "case" ADD COLUMN flag_count INTEGER NOT NULL DEFAULT 0;
                UPDATE "case" SET flag_count = json_array_length(state, '$.flags');
                CREATE INDEX case_by_flags ON "case"(flag_count, updated_at, id);
                """)
        }
        migrator.registerMigration("v6-documents") { db in
            // Document numbers run per type and year with no gaps and no duplicates, drawn in the
            // transaction of the action that issues the document.
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL REFERENCES "case"(id),
                    event_seq INTEGER NOT NULL,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    seq INTEGER,
                    number TEXT,
                    issued_at REAL NOT NULL,
                    UNIQUE (type, year, seq)
                );
                CREATE INDEX document_by_case ON document(case_id, event_seq);
                """)
        }
        migrator.registerMigration("v7-document-text") { db in
            // R18: the document's text as issued, its SHA-256 (also in the audit record), the
            // template version it was made with, and what a correction replaces. Issued documents
            // never change: the triggers refuse any UPDATE or DELETE, so a correction is a new
            // document. Every print is logged; once one has been printed, later ones are copies. A
            // print is pending until it reached the printer (or its file was written), or failed.
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN body TEXT;
                ALTER TABLE document ADD COLUMN hash TEXT;
                ALTER TABLE document ADD COLUMN flow_version INTEGER;
                ALTER TABLE document ADD COLUMN replaces INTEGER REFERENCES document(id);
                ALTER TABLE document ADD COLUMN issued_by TEXT;
                CREATE UNIQUE INDEX document_replaced_once ON document(replaces) WHERE replaces IS NOT NULL;
                CREATE TRIGGER document_no_update BEFORE UPDATE ON document
                    BEGIN SELECT RAISE(ABORT, 'issued documents cannot be changed'); END;
                CREATE TRIGGER document_no_delete BEFORE DELETE ON document
                    BEGIN SELECT RAISE(ABORT, 'issued documents cannot be deleted'); END;
                CREATE TABLE document_print (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES document(id),
                    at REAL NOT NULL,
                    user_id TEXT NOT NULL,
                    copy INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'printed', 'failed')),
                    destination TEXT,
                    path TEXT
                );
                CREATE INDEX document_print_by_document ON document_print(document_id);
                """)
        }
        migrator.registerMigration("v8-password-params") { db in
            // The scrypt cost of each hash, beside it: hashes made before this migration used
            // N = 2^14 and still verify; new ones use PasswordParameters.standard (or .light in
            // demo and training databases), and an old one is upgraded at the next sign-in.
            try db.execute(sql: "ALTER TABLE user ADD COLUMN password_params TEXT NOT NULL DEFAULT 'scrypt:16384:8:1'")
        }
        migrator.registerMigration("v9-compiled-definitions") { db in
            // Each version's definitions as compiled by a given build, so a command starts without
            // parsing and validating the YAML again; `audit verify` compiles the YAML and compares.
            try db.execute(sql: """
                CREATE TABLE definition_compiled (
                    version_id INTEGER NOT NULL REFERENCES definition_version(id),
                    compiler TEXT NOT NULL,
                    data BLOB NOT NULL,
                    made_at REAL NOT NULL,
                    PRIMARY KEY (version_id, compiler)
                );
                """)
        }
        migrator.registerMigration("v12-request-scope") { db in
            // Request ids belong to the user who sent them, and remember what was asked (a digest),
            // so an id sent again with something else is refused instead of answered as done. The
            // sender of an earlier request is the user of the event it produced.
            try db.execute(sql: """
                CREATE TABLE request_new (
                    user_id TEXT NOT NULL,
                    id TEXT NOT NULL,
                    digest TEXT,
                    case_id TEXT NOT NULL,
                    result TEXT NOT NULL,
                    at REAL NOT NULL,
                    PRIMARY KEY (user_id, id)
                );
                INSERT INTO request_new (user_id, id, digest, case_id, result, at)
                    SELECT COALESCE((SELECT e.user_id FROM case_event e WHERE e.case_id = r.case_id
                                     AND e.seq = json_extract(r.result, '$.revision')), ''), r.id, NULL, r.case_id, r.result, r.at
                    FROM request r;
                DROP TABLE request;
                ALTER TABLE request_new RENAME TO request;
                """)
        }
        migrator.registerMigration("v10-law-officer-certificates") { db in
            // 行政处罚法 Art. 42, 52, 55: an officer holds an enforcement certificate (number, last
            // valid day as YYYY-MM-DD). NULL: no certificate, never an officer.
            try db.execute(sql: "ALTER TABLE user ADD COLUMN certificate_number TEXT")
            try db.execute(sql: "ALTER TABLE user ADD COLUMN certificate_valid_until TEXT")
        }
        migrator.registerMigration("v14-outbox") { db in
            // R21, R24: what leaves the bureau, numbered without gaps in the operation's own
            // transaction, never changed (triggers) and chained by hash; per target what was
            // delivered and the last error (the target's own cursor is the truth), and the
            // records a target refused, parked with the reason.
            try db.execute(sql: """
                CREATE TABLE outbox (
                    seq INTEGER PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    record_key TEXT NOT NULL,
                    case_id TEXT,
                    at_ms INTEGER NOT NULL,
                    payload TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX outbox_by_key ON outbox(kind, record_key);
                CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox
                    BEGIN SELECT RAISE(ABORT, 'outbox records cannot be changed'); END;
                CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
                    BEGIN SELECT RAISE(ABORT, 'outbox records cannot be deleted'); END;
                CREATE TABLE feed_target (
                    name TEXT PRIMARY KEY NOT NULL,
                    delivered INTEGER NOT NULL DEFAULT 0,
                    delivered_at REAL,
                    attempted_at REAL,
                    last_error TEXT,
                    failures INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE feed_parked (
                    target TEXT NOT NULL,
                    seq INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    at REAL NOT NULL,
                    PRIMARY KEY (target, seq)
                );
                """)
        }
        migrator.registerMigration("v15-supervision-board") { db in
            // Issue 15: the supervision board's summaries, kept in each operation's transaction
            // (`SupervisionLedger`) and filled here from the events of an existing database.
            try db.execute(sql: """
                CREATE TABLE supervision_tally (
                    day TEXT NOT NULL, item_code TEXT NOT NULL, section TEXT NOT NULL, officer TEXT NOT NULL, kind TEXT NOT NULL,
                    n INTEGER NOT NULL,
                    PRIMARY KEY (day, item_code, section, officer, kind)
                ) WITHOUT ROWID;
                CREATE TABLE supervision_mark (
                    case_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL,
                    item_code TEXT NOT NULL, section TEXT NOT NULL, officer TEXT NOT NULL,
                    PRIMARY KEY (case_id, seq, kind)
                ) WITHOUT ROWID;
                CREATE INDEX supervision_mark_by_kind ON supervision_mark(kind, day);
                CREATE TABLE supervision_case (
                    case_id TEXT PRIMARY KEY NOT NULL, item_code TEXT NOT NULL, section TEXT NOT NULL, officer TEXT NOT NULL,
                    status TEXT NOT NULL, opened_on TEXT NOT NULL, accepted_on TEXT, closed_on TEXT, warn_on TEXT, red_after TEXT,
                    limit_days INTEGER, limit_unit TEXT, used INTEGER, late INTEGER
                ) WITHOUT ROWID;
                CREATE INDEX supervision_case_by_status ON supervision_case(status, red_after, warn_on, opened_on, limit_unit, item_code, section, officer);
                CREATE INDEX supervision_case_by_officer ON supervision_case(officer, status, warn_on);
                CREATE INDEX supervision_case_by_closing ON supervision_case(closed_on);
                CREATE INDEX supervision_case_by_opening ON supervision_case(opened_on);
                CREATE TABLE supervision_event (
                    id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, since TEXT NOT NULL, on_day TEXT NOT NULL,
                    officer TEXT NOT NULL, section TEXT NOT NULL, addressees TEXT NOT NULL,
                    UNIQUE (case_id, kind, since)
                );
                CREATE TABLE supervision_notice (
                    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, case_id TEXT REFERENCES "case"(id), addressee TEXT NOT NULL,
                    to_section INTEGER NOT NULL, reason TEXT NOT NULL, issued_by TEXT NOT NULL, issued_on TEXT NOT NULL, due_on TEXT NOT NULL,
                    answer TEXT, answered_by TEXT, answered_on TEXT, outcome TEXT, judged_by TEXT, judged_on TEXT
                );
                CREATE INDEX supervision_notice_by_addressee ON supervision_notice(addressee, issued_on);
                """)
            try SupervisionLedger.rebuild(db)
        }
        migrator.registerMigration("v16-public") { db in
            // 网上政务公开 (issue 16): each case's query code, drawn at opening (serial number + code
            // looks a case up on the public site); the secret marks (政府信息公开条例 第14条) that
            // keep a case off the site, with who marked it, when and why; and what the site shows of
            // each case, written in the case's own transaction. `n` is the order of receipt (the
            // listing pages), `change_seq` grows with every commit in commit order, so publishing
            // picks up exactly what changed since its last run whatever the clocks say.
            try db.execute(sql: """
                CREATE TABLE case_query_code (
                    case_id TEXT PRIMARY KEY NOT NULL REFERENCES "case"(id),
                    code TEXT NOT NULL,
                    created_at REAL NOT NULL
                );
                CREATE TABLE case_secret (
                    case_id TEXT PRIMARY KEY NOT NULL REFERENCES "case"(id),
                    reason TEXT NOT NULL,
                    marked_by TEXT NOT NULL,
                    marked_at REAL NOT NULL
                );
                CREATE TABLE case_public (
                    n INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL UNIQUE REFERENCES "case"(id),
                    item_code TEXT NOT NULL,
                    phase TEXT NOT NULL,
                    step_name TEXT NOT NULL,
                    party TEXT NOT NULL,
                    credit_code TEXT,
                    opened_on TEXT NOT NULL,
                    concluded_on TEXT,
                    due_on TEXT,
                    late INTEGER NOT NULL,
                    history TEXT NOT NULL,
                    decision TEXT,
                    secret INTEGER NOT NULL DEFAULT 0,
                    change_seq INTEGER NOT NULL
                );
                CREATE INDEX case_public_by_change ON case_public(change_seq);
                CREATE INDEX case_public_open_by_due ON case_public(due_on) WHERE phase <> 'concluded';
                """)
        }
        migrator.registerMigration("v17-case-files") { db in
            // R17: a file's kind read from its content, and whether it is filed as evidence
            // rather than under a material of the item. Files stored before are classified now.
            try db.execute(sql: "ALTER TABLE attachment ADD COLUMN kind TEXT NOT NULL DEFAULT ''")
            try db.execute(sql: "ALTER TABLE case_attachment ADD COLUMN evidence INTEGER NOT NULL DEFAULT 0")
            let stored = try Row.fetchAll(db, sql: "SELECT sha256, data FROM attachment")
            for row in stored {
                guard case let .accepted(kind) = FileKind.detect(row["data"] ?? Data()) else { continue }
                try db.execute(sql: "UPDATE attachment SET kind = ? WHERE sha256 = ?", arguments: [kind.rawValue, row["sha256"] as String])
            }
        }
        migrator.registerMigration("v18-party-register") { db in
            // Issue 18: one register of parties keyed by identity number, with every name it had
            // and why it changed; the pinyin initials for search (大型宗教活动 → dxzjhd).
            try db.execute(sql: """
                CREATE TABLE party (
                    id_number TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    initials TEXT NOT NULL,
                    first_case TEXT NOT NULL,
                    last_case TEXT NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE TABLE party_name (
                    id_number TEXT NOT NULL REFERENCES party(id_number),
                    name TEXT NOT NULL,
                    initials TEXT NOT NULL,
                    case_id TEXT NOT NULL,
                    reason TEXT,
                    user_id TEXT NOT NULL,
                    at REAL NOT NULL
                );
                CREATE INDEX party_name_by_number ON party_name(id_number);
                """)
            // Cases opened before: each number under the names its cases carry, oldest first.
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.id, c.party_id_number, c.party_name, c.opened_at, c.state FROM "case" c
                WHERE c.party_id_number <> '' ORDER BY c.opened_at, c.rowid
                """)
            for row in rows {
                let number: String = row["party_id_number"]
                let name: String = row["party_name"]
                let caseID: String = row["id"]
                let at: Double = row["opened_at"]
                let kind = (try? EventCoding.state(row))?.party.kind.rawValue ?? "person"
                let known = try String.fetchOne(db, sql: "SELECT name FROM party WHERE id_number = ?", arguments: [number])
                if known == nil {
                    try db.execute(sql: "INSERT INTO party (id_number, kind, name, initials, first_case, last_case, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [number, kind, name, PinyinInitials.of(name), caseID, caseID, at])
                } else if known != name {
                    try db.execute(sql: "UPDATE party SET name = ?, initials = ? WHERE id_number = ?", arguments: [name, PinyinInitials.of(name), number])
                } else {
                    continue
                }
                try db.execute(sql: "INSERT INTO party_name (id_number, name, initials, case_id, reason, user_id, at) VALUES (?, ?, ?, ?, NULL, '', ?)",
                               arguments: [number, name, PinyinInitials.of(name), caseID, at])
            }
        }
        migrator.registerMigration("v20-desk-counts") { db in
            // Issue 14: the desk's tab counts kept as cases change (see `DeskCounts`); the 监察
            // tab's own index, in its order; 在办 in its order (an empty section scanned the whole
            // table in time order: 2.5 s at 100,000 cases); the supervisors' deadline order and
            // view by section and item, each one index range to page through; the versions in use
            // found by skipping along an index instead of reading every case.
            try DeskCounts.install(db)
            try db.execute(sql: """
                DROP INDEX case_by_flags;
                CREATE INDEX case_flagged_by_updated ON "case"(updated_at, id) WHERE flag_count > 0;
                CREATE INDEX case_open_by_deadline ON "case"(COALESCE(warn_on, '~'), id) WHERE status <> 'closed';
                CREATE INDEX case_open_by_section_item ON "case"(section, item_code, COALESCE(warn_on, '~'), id) WHERE status <> 'closed';
                CREATE INDEX case_open_by_section ON "case"(section, updated_at, id) WHERE status <> 'closed';
                CREATE INDEX case_by_flow_version ON "case"(flow_version);
                """)
            // A password an admin reset must be changed at the next sign-in; legal's rejection of
            // a draft keeps its reason, who and when, for the admin to read.
            try db.execute(sql: """
                ALTER TABLE user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE definition_version ADD COLUMN rejected_reason TEXT;
                ALTER TABLE definition_version ADD COLUMN rejected_by TEXT;
                ALTER TABLE definition_version ADD COLUMN rejected_at REAL;
                """)
        }
        migrator.registerMigration("v22-complaints") { db in
            // R26, R25 (issue 15): complaints and opinions, with the complainant's identity in a
            // table of its own that only `ComplaintDesk` reads for the supervision post; the cases
            // and officers each concerns; its steps; files from the mailbox kept in `attachment`.
            // And the outcomes of 复议/诉讼 on decisions, which the quarterly evaluation counts.
            // And the board's open-case counts (below).
            try db.execute(sql: """
                CREATE TABLE complaint (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'opinion')),
                    channel TEXT NOT NULL CHECK (channel IN ('phone', 'mailbox', 'in-person')),
                    anonymous INTEGER NOT NULL,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    section TEXT,
                    received_on TEXT NOT NULL,
                    received_at REAL NOT NULL,
                    status TEXT NOT NULL,
                    accept_due TEXT NOT NULL,
                    conclude_due TEXT,
                    extended INTEGER NOT NULL DEFAULT 0,
                    upheld INTEGER,
                    concluded_on TEXT,
                    registered_by TEXT NOT NULL,
                    message_id TEXT UNIQUE,
                    flow_version INTEGER
                );
                CREATE INDEX complaint_by_conclusion ON complaint(concluded_on);
                CREATE TABLE complaint_identity (
                    complaint_id TEXT PRIMARY KEY NOT NULL REFERENCES complaint(id),
                    name TEXT NOT NULL, contact TEXT NOT NULL, address TEXT NOT NULL
                );
                CREATE TABLE complaint_link (
                    complaint_id TEXT NOT NULL REFERENCES complaint(id),
                    case_id TEXT REFERENCES "case"(id),
                    officer TEXT REFERENCES user(id)
                );
                CREATE INDEX complaint_link_by_complaint ON complaint_link(complaint_id);
                CREATE INDEX complaint_link_by_case ON complaint_link(case_id);
                CREATE TABLE complaint_step (
                    complaint_id TEXT NOT NULL REFERENCES complaint(id),
                    seq INTEGER NOT NULL,
                    action TEXT NOT NULL,
                    on_day TEXT NOT NULL,
                    at REAL NOT NULL,
                    user_id TEXT NOT NULL,
                    note TEXT NOT NULL,
                    PRIMARY KEY (complaint_id, seq)
                ) WITHOUT ROWID;
                CREATE TABLE complaint_file (
                    complaint_id TEXT NOT NULL REFERENCES complaint(id),
                    sha256 TEXT NOT NULL REFERENCES attachment(sha256),
                    name TEXT NOT NULL,
                    PRIMARY KEY (complaint_id, sha256)
                ) WITHOUT ROWID;
                CREATE TABLE remedy_outcome (
                    id INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL REFERENCES "case"(id),
                    kind TEXT NOT NULL CHECK (kind IN ('review', 'litigation')),
                    outcome TEXT NOT NULL CHECK (outcome IN ('upheld', 'changed', 'revoked', 'unlawful', 'dismissed', 'withdrawn')),
                    decided_on TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at REAL NOT NULL,
                    note TEXT NOT NULL
                );
                CREATE INDEX remedy_outcome_by_day ON remedy_outcome(decided_on);
                CREATE TABLE supervision_open (
                    item_code TEXT NOT NULL, section TEXT NOT NULL, officer TEXT NOT NULL, status TEXT NOT NULL, opened_on TEXT NOT NULL,
                    warn_on TEXT NOT NULL, red_after TEXT NOT NULL, limit_unit TEXT NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (item_code, section, officer, status, opened_on, warn_on, red_after, limit_unit)
                ) WITHOUT ROWID;
                """)
            // Board speed: the open cases counted per key in each operation's transaction
            // (`SupervisionLedger.writeCounted`), filled here from the case facts.
            try SupervisionLedger.refillOpen(db)
        }
        migrator.registerMigration("v26-supervision3") { db in
            // 复议/诉讼 outcomes entered on the system (`RemedyRegister`): the day filed, the
            // 复议机关 or court, and the number of its decision; rows entered before keep empty ones.
            try db.execute(sql: """
                ALTER TABLE remedy_outcome ADD COLUMN filed_on TEXT;
                ALTER TABLE remedy_outcome ADD COLUMN body TEXT NOT NULL DEFAULT '';
                ALTER TABLE remedy_outcome ADD COLUMN document_number TEXT NOT NULL DEFAULT '';
                CREATE INDEX remedy_outcome_by_case ON remedy_outcome(case_id);
                """)
        }
        migrator.registerMigration("v27-public3") { db in
            // 双公示 deadline (issue 16): the day each licence or penalty decision first appeared on
            // the public site, written by the publishing run after the pages carrying it went live,
            // so supervision sees decisions published late or not yet published (DisclosureDeadlines).
            try db.execute(sql: """
                CREATE TABLE disclosure_published (
                    document_id INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL,
                    published_on TEXT NOT NULL,
                    published_at REAL NOT NULL
                );
                """)
        }
        migrator.registerMigration("v28-desk3") { db in
            // Issue 14: an officer's 待办 shows the cases whose deadline has been reached on top
            // (`QueueBands`), the rest below in change order — walked along the open cases only,
            // not every case the bureau ever closed.
            try db.execute(
                sql: "CREATE INDEX case_open_by_updated ON \"case\"(updated_at, id) WHERE status <> 'closed'")
        }
        migrator.registerMigration("v24-transcripts") { db in
            // Issue 18: transcripts (询问笔录, 现场检查笔录, 听证笔录) as documents of their own,
            // keyed by case (an archiver copies them with the case). `sheet` is the transcript as
            // it prints, its kind's wording included, so a reprint reads as what was signed; the
            // signed scan is kept in `attachment` by its SHA-256.
            try db.execute(sql: """
                CREATE TABLE case_transcript (
                    id INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL REFERENCES "case"(id),
                    seq INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    sheet TEXT NOT NULL,
                    written_at REAL NOT NULL,
                    written_by TEXT NOT NULL,
                    signed_sha256 TEXT REFERENCES attachment(sha256),
                    signed_name TEXT,
                    signed_at REAL,
                    signed_by TEXT,
                    UNIQUE (case_id, seq)
                );
                """)
        }
        migrator.registerMigration("v23-archive") { db in
            // R22 (issue 17): concluded cases older than the retention minimum move to a yearly
            // archive file (`Archiver`). The case row stays, marked with its archive's year; each
            // batch moved is an `archive_run`, open only inside its own transaction; the numbers
            // of the documents moved stay here, so numbering and search still see them. Issued
            // documents stay undeletable, except (the reviewed exception) a document of a case
            // marked archived, already recorded in `archived_document`, while a run is open.
            try db.execute(sql: """
                ALTER TABLE "case" ADD COLUMN archived_in INTEGER;
                CREATE INDEX case_archived ON "case"(archived_in) WHERE archived_in IS NOT NULL;
                CREATE TABLE archive_run (
                    id INTEGER PRIMARY KEY,
                    year INTEGER NOT NULL,
                    file TEXT NOT NULL,
                    digest TEXT NOT NULL,
                    cases INTEGER NOT NULL,
                    started_at REAL NOT NULL,
                    finished_at REAL,
                    audit_seq INTEGER
                );
                CREATE TABLE archived_document (
                    id INTEGER PRIMARY KEY NOT NULL,
                    case_id TEXT NOT NULL REFERENCES "case"(id),
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    seq INTEGER,
                    number TEXT,
                    issued_at REAL NOT NULL,
                    hash TEXT
                );
                CREATE INDEX archived_document_by_case ON archived_document(case_id);
                CREATE INDEX archived_document_by_number ON archived_document(number);
                DROP TRIGGER document_no_delete;
                CREATE TRIGGER document_no_delete BEFORE DELETE ON document
                    WHEN NOT EXISTS (SELECT 1 FROM archive_run WHERE finished_at IS NULL)
                      OR NOT EXISTS (SELECT 1 FROM "case" WHERE id = OLD.case_id AND archived_in IS NOT NULL)
                      OR NOT EXISTS (SELECT 1 FROM archived_document WHERE id = OLD.id AND case_id = OLD.case_id)
                    BEGIN SELECT RAISE(ABORT, 'issued documents cannot be deleted'); END;
                """)
            // 已办 counts a user's cases by their events (`DeskCounts`): an archived case's events
            // leave, so it leaves the tab and its count with them.
            try db.execute(sql: """
                CREATE TRIGGER desk_count_done_delete AFTER DELETE ON case_event
                WHEN NOT EXISTS (SELECT 1 FROM case_event e WHERE e.user_id = OLD.user_id AND e.case_id = OLD.case_id)
                BEGIN UPDATE desk_count SET n = n - 1 WHERE kind = 'done' AND key = OLD.user_id; END;
                """)
        }
        return migrator
    }
}
