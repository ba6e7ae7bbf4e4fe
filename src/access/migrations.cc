// The access module's schema. Timestamps are ISO 8601 UTC text (see core/clock.h), which sorts
// correctly on both backends. Only hashes of secrets are stored: a stolen database yields no
// working session or API token.
#include "access/service.h"

namespace samla::access {
namespace {

constexpr const char* kSchema = R"SQL(
CREATE TABLE users (
  id @ID@,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'facilitator', 'participant', 'observer')),
  password_hash TEXT NOT NULL,
  disabled @INT@ NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id @INT@ NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id @ID@,
  user_id @INT@ NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- No foreign key on user_id: the history must outlive the users it names.
CREATE TABLE audit_log (
  id @ID@,
  at TEXT NOT NULL,
  user_id @INT@,
  user_name TEXT NOT NULL,
  action TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);
CREATE INDEX audit_log_user ON audit_log (user_id);
)SQL";

// The database itself keeps the audit log append-only, so no code path, bug or hand-typed
// SQL through the application's connection can rewrite history.
constexpr const char* kSqliteAppendOnly = R"SQL(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;
)SQL";

// PostgreSQL also has TRUNCATE, which skips row triggers; a statement trigger refuses it too.
constexpr const char* kPostgresAppendOnly = R"SQL(
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
)SQL";

// Failed logins per (account, address) pair, shared by every server on the database (see
// login_throttle.h). The key is a hash, so a row stays small whatever name was tried;
// rows are swept once expires_at has passed. API tokens may now carry an expiry.
constexpr const char* kThrottleAndTokenExpirySql = R"SQL(
CREATE TABLE login_throttle (
  pair_key TEXT PRIMARY KEY,
  failures @INT@ NOT NULL,
  last_failure_at TEXT NOT NULL,
  blocked_until TEXT,
  expires_at TEXT NOT NULL
);
CREATE INDEX login_throttle_expiry ON login_throttle (expires_at);

ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
)SQL";

// A user account may stand for one person in the register (a facilitator who writes an
// event's outcomes, later a participant on their own page). The register comes after access,
// so the column has no foreign key: the register unlinks a person it deletes, and the access
// service asks the register (AccessService::set_person_check) before linking.
constexpr const char* kUserPersonSql = R"SQL(
ALTER TABLE users ADD COLUMN person_id @INT@;
CREATE UNIQUE INDEX users_person ON users (person_id) WHERE person_id IS NOT NULL;
)SQL";

// The set-up links of an installation without accounts (first_run.cc): only the secret's
// SHA-256, and when the link stops working. The first account closes them all.
constexpr const char* kSetupLinksSql = R"SQL(
CREATE TABLE setup_links (
  secret_hash TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
)SQL";

// A number that grows with every committed change (registry::register_generation), by which
// every server keeps answers, counts and metrics until something changes. Every change writes
// an audit entry, and a transaction that wrote any adds one. On PostgreSQL the newest audit id
// cannot serve (transactions may commit in another order than they took ids): there the one
// row is updated by a deferred trigger, at commit, after every other lock the transaction
// takes — so the number grows in commit order, and waiting for the row cannot close a cycle of
// locks with another transaction (an immediate trigger could: one holds a session's row and
// wants this one, the other the reverse). Once per transaction (`last_xid`), so a large import
// adds one, not one per person.
constexpr const char* kGenerationSql = R"SQL(
CREATE TABLE data_generation (
  id @INT@ PRIMARY KEY CHECK (id = 1),
  n @INT@ NOT NULL,
  last_xid @INT@
);
INSERT INTO data_generation (id, n) VALUES (1, 0);
)SQL";

// SQLite's writers take turns on the database's one lock: an immediate trigger is in commit
// order already.
constexpr const char* kSqliteGenerationSql = R"SQL(
CREATE TRIGGER audit_log_generation AFTER INSERT ON audit_log
BEGIN
  UPDATE data_generation SET n = n + 1 WHERE id = 1;
END;
)SQL";

constexpr const char* kPostgresGenerationSql = R"SQL(
CREATE FUNCTION data_generation_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_generation SET n = n + 1, last_xid = txid_current()
    WHERE id = 1 AND last_xid IS DISTINCT FROM txid_current();
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER audit_log_generation AFTER INSERT ON audit_log
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_generation_next();
)SQL";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {
      storage::Migration{1, "access", kSchema, kSqliteAppendOnly, kPostgresAppendOnly},
      storage::Migration{14, "login throttle and token expiry", kThrottleAndTokenExpirySql, "", ""},
      storage::Migration{18, "user accounts linked to people", kUserPersonSql, "", ""},
      storage::Migration{26, "first-run set-up links", kSetupLinksSql, "", ""},
      storage::Migration{58, "a generation number for every server's kept answers", kGenerationSql,
                         kSqliteGenerationSql, kPostgresGenerationSql}};
}

}  // namespace samla::access
