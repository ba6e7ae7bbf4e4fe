#include "rights/schema.h"

namespace samla::rights {
namespace {

// An erasure is recorded with who did it and why (the reason without the person's values). While
// its row says in_progress — which only its own transaction ever sees, for it is set back before
// the commit — the audit log lets that transaction rewrite the values of entries, never their
// time, action, record or author, and never delete one.
constexpr const char* kErasuresSql = R"sql(
CREATE TABLE erasures (
  id @ID@,
  person_id @INT@ NOT NULL,
  erased_at TEXT NOT NULL,
  erased_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '{}',
  in_progress @INT@ NOT NULL DEFAULT 1 CHECK (in_progress IN (0, 1))
);
CREATE INDEX erasures_person ON erasures (person_id);
ALTER TABLE people ADD COLUMN erased_at TEXT;
)sql";

constexpr const char* kSqliteAuditSql = R"sql(
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE in_progress = 1)
  OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.action IS NOT OLD.action
  OR NEW.record_type IS NOT OLD.record_type OR NEW.record_id IS NOT OLD.record_id
  OR NEW.user_id IS NOT OLD.user_id
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;
)sql";

constexpr const char* kPostgresAuditSql = R"sql(
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM erasures WHERE in_progress = 1)
     AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
     AND NEW.record_type = OLD.record_type AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id
     AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
)sql";

// Links to a person's own page, kept only as hashes: "link" is the one e-mailed (single use,
// 30 minutes), "page" the page's own token after it (two hours).
constexpr const char* kOwnPageSql = R"sql(
CREATE TABLE own_page_links (
  token_hash TEXT PRIMARY KEY,
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('link', 'page')),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX own_page_links_person ON own_page_links (person_id, kind, created_at);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{47, "erasures", kErasuresSql, kSqliteAuditSql, kPostgresAuditSql},
          storage::Migration{48, "own page links", kOwnPageSql, "", ""}};
}

}  // namespace samla::rights
