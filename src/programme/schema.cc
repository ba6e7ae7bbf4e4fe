#include "programme/schema.h"

#include "core/clock.h"

namespace samla::programme {
namespace {

constexpr const char* kProgrammesSql = R"sql(
CREATE TABLE programmes (
  id @ID@,
  name TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  owner_organisation_id @INT@ REFERENCES organisations(id) ON DELETE SET NULL,
  country_group_id @INT@ REFERENCES country_groups(id) ON DELETE SET NULL,
  is_default @INT@ NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  template_key TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX programmes_one_default ON programmes (is_default) WHERE is_default = 1;

CREATE TABLE programme_goals (
  programme_id @INT@ NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  id @INT@ NOT NULL,
  position @INT@ NOT NULL,
  text TEXT NOT NULL,
  indicator TEXT NOT NULL,
  target TEXT NOT NULL,
  PRIMARY KEY (programme_id, id)
);

CREATE TABLE programme_workstreams (
  programme_id @INT@ NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  id @INT@ NOT NULL,
  position @INT@ NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  PRIMARY KEY (programme_id, id)
);

CREATE TABLE programme_members (
  programme_id @INT@ NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  organisation_id @INT@ NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  position @INT@ NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('invited', 'member', 'left')),
  since TEXT,
  PRIMARY KEY (programme_id, organisation_id)
);
CREATE INDEX programme_members_organisation ON programme_members (organisation_id);

CREATE TABLE phases (
  id @ID@,
  programme_id @INT@ NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  position @INT@ NOT NULL,
  phase_key TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_sv TEXT NOT NULL,
  planned_start TEXT,
  planned_end TEXT,
  actual_start TEXT,
  actual_end TEXT,
  gate_status TEXT NOT NULL CHECK (gate_status IN ('open', 'passed')),
  gate_passed_at TEXT,
  gate_passed_by TEXT,
  gate_note TEXT,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  UNIQUE (programme_id, phase_key)
);
CREATE INDEX phases_programme ON phases (programme_id, position);

CREATE TABLE phase_milestones (
  phase_id @INT@ NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
  id @INT@ NOT NULL,
  position @INT@ NOT NULL,
  title TEXT NOT NULL,
  due_date TEXT,
  done @INT@ NOT NULL CHECK (done IN (0, 1)),
  PRIMARY KEY (phase_id, id)
);

CREATE TABLE gate_criteria (
  phase_id @INT@ NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
  id @INT@ NOT NULL,
  position @INT@ NOT NULL,
  check_key TEXT,
  param TEXT,
  label_en TEXT NOT NULL,
  label_sv TEXT NOT NULL,
  signed_off_by TEXT,
  signed_off_at TEXT,
  sign_off_note TEXT,
  PRIMARY KEY (phase_id, id)
);
)sql";

// The programme every record made before programmes existed, or without naming one, belongs
// to. Its name is the coordinator's to change.
Status seed_default(storage::Session& s) {
  const std::string now = now_iso8601();
  SAMLA_TRY(s.execute(
      "INSERT INTO programmes (name, purpose, is_default, created_by, created_at, updated_at, "
      "version) VALUES ('Programme', '', 1, 'migration', ?, ?, 1)",
      {now, now}));
  return ok_status();
}

}  // namespace

// The programme's recent changes read the audit log newest first by kind of record
// (programme/changes.h); the log's own index is by record.
constexpr const char* kAuditByKindSql =
    "CREATE INDEX audit_log_kind_newest ON audit_log (record_type, id);";

std::vector<storage::Migration> migrations() {
  return {storage::Migration{31, "programmes", kProgrammesSql, "", "", seed_default},
          storage::Migration{43, "audit_log_by_kind", kAuditByKindSql, "", ""}};
}

std::string programme_column_sql(const std::string& table) {
  return "ALTER TABLE " + table +
         " ADD COLUMN programme_id @INT@ REFERENCES programmes(id);\n"
         "UPDATE " +
         table + " SET programme_id = (SELECT id FROM programmes WHERE is_default = 1);\n" +
         "CREATE INDEX " + table + "_programme ON " + table + " (programme_id);\n";
}

}  // namespace samla::programme
