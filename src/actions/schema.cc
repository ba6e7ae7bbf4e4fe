#include "actions/schema.h"

#include "programme/schema.h"

namespace samla::actions {
namespace {

// A plan belongs to a theme, an event or a follow-up group (exactly one; a group with plans is
// not deleted: the groups service asks first, and the reference refuses). An action belongs to a
// plan and may come from one action point of an event (at most one action per point). Its RACI
// parties, its dependencies and its timeline are rows of their own, so that "my work", the board's
// filters and the digests are indexed queries; its indicators with their dated measurements are one
// JSON list (read and written whole with the action, at most 20 × 500 entries).
constexpr const char* kActionsSql = R"sql(
CREATE TABLE action_plans (
  id @ID@,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  theme TEXT REFERENCES themes(slug) ON DELETE CASCADE,
  event_id @INT@ REFERENCES events(id) ON DELETE CASCADE,
  group_id @INT@ REFERENCES follow_up_groups(id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK ((CASE WHEN theme IS NULL THEN 0 ELSE 1 END) + (CASE WHEN event_id IS NULL THEN 0 ELSE 1
    END) + (CASE WHEN group_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX action_plans_event ON action_plans (event_id);
CREATE INDEX action_plans_group ON action_plans (group_id);

CREATE TABLE actions (
  id @ID@,
  plan_id @INT@ NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
  outcome_id @INT@ UNIQUE REFERENCES outcomes(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  themes TEXT NOT NULL,
  accountable_person_id @INT@ REFERENCES people(id) ON DELETE SET NULL,
  accountable_organisation_id @INT@ REFERENCES organisations(id) ON DELETE SET NULL,
  start_date TEXT,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'agreed', 'in_progress', 'blocked', 'done',
    'dropped')),
  dropped_reason TEXT NOT NULL,
  progress @INT@ NOT NULL CHECK (progress BETWEEN 0 AND 100),
  indicators TEXT NOT NULL,
  last_update_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK (accountable_person_id IS NULL OR accountable_organisation_id IS NULL)
);
CREATE INDEX actions_plan ON actions (plan_id, id);
CREATE INDEX actions_due ON actions (status, due_date);
CREATE INDEX actions_accountable_person ON actions (accountable_person_id);
CREATE INDEX actions_accountable_organisation ON actions (accountable_organisation_id);

CREATE TABLE action_parties (
  action_id @INT@ NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('responsible', 'consulted', 'informed')),
  position @INT@ NOT NULL,
  person_id @INT@ REFERENCES people(id) ON DELETE CASCADE,
  organisation_id @INT@ REFERENCES organisations(id) ON DELETE CASCADE,
  CHECK ((person_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX action_parties_action ON action_parties (action_id, role, position);
CREATE INDEX action_parties_person ON action_parties (person_id, role);
CREATE INDEX action_parties_organisation ON action_parties (organisation_id, role);

CREATE TABLE action_dependencies (
  action_id @INT@ NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  depends_on_id @INT@ NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, depends_on_id)
);

CREATE TABLE action_updates (
  id @ID@,
  action_id @INT@ NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  by_user TEXT NOT NULL,
  status_from TEXT,
  status_to TEXT,
  progress_from @INT@,
  progress_to @INT@,
  note TEXT NOT NULL
);
CREATE INDEX action_updates_action ON action_updates (action_id, id);

-- A personal calendar feed: the secret of its address, as SHA-256; one per account, revocable.
CREATE TABLE calendar_feeds (
  user_id @INT@ PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE action_settings (
  id @INT@ PRIMARY KEY CHECK (id = 1),
  stalled_after_days @INT@ NOT NULL CHECK (stalled_after_days BETWEEN 1 AND 365),
  version @INT@ NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
INSERT INTO action_settings (id, stalled_after_days, version, updated_at, updated_by)
  VALUES (1, 30, 1, '1970-01-01T00:00:00Z', 'system');
)sql";

// E-mail about actions (weekly digests and due-date reminders): who asked for none, and the
// unsubscribe links sent (each the SHA-256 of a random secret, working without login).
constexpr const char* kActionMailSql = R"sql(
CREATE TABLE action_mail_opt_outs (
  person_id @INT@ PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  via TEXT NOT NULL CHECK (via IN ('unsubscribe_link', 'own_account', 'coordinator'))
);
CREATE TABLE action_mail_links (
  token_hash TEXT PRIMARY KEY,
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
CREATE INDEX action_mail_links_created ON action_mail_links (created_at);
)sql";

}  // namespace

// When an action counts as stalled, per programme (issue 19: settings per programme). Every
// programme starts from the instance's setting, which stays as the default for a programme that
// has set none of its own (read with version 0).
constexpr const char* kProgrammeActionSettingsSql = R"sql(
CREATE TABLE programme_action_settings (
  programme_id @INT@ PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
  stalled_after_days @INT@ NOT NULL CHECK (stalled_after_days BETWEEN 1 AND 365),
  version @INT@ NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
INSERT INTO programme_action_settings (programme_id, stalled_after_days, version, updated_at,
                                       updated_by)
  SELECT p.id, d.stalled_after_days, 1, d.updated_at, d.updated_by
  FROM programmes p, action_settings d WHERE d.id = 1;
)sql";

std::vector<storage::Migration> migrations() {
  return {
      storage::Migration{22, "action plans", kActionsSql, "", ""},
      storage::Migration{25, "e-mail about actions", kActionMailSql, "", ""},
      storage::Migration{35, "action plans in programmes",
                         programme::programme_column_sql("action_plans"), "", ""},
      storage::Migration{44, "action settings per programme", kProgrammeActionSettingsSql, "", ""}};
}

}  // namespace samla::actions
