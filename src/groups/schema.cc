#include "groups/schema.h"

#include "programme/schema.h"

namespace samla::groups {
namespace {

// A group, its dated memberships (a person may leave and come back: one row per period), its
// deliverables, and its meetings: events of the events capability, linked here (an event is
// the meeting of one group at most), so attendance and the network's co-participation come
// from the events as they are.
constexpr const char* kGroupsSql = R"sql(
CREATE TABLE follow_up_groups (
  id @ID@,
  kind TEXT NOT NULL CHECK (kind IN ('working_group', 'task_force', 'research_project',
    'advocacy_campaign', 'policy_initiative')),
  name TEXT NOT NULL,
  objective TEXT NOT NULL,
  mandate TEXT NOT NULL,
  lead_person_id @INT@ REFERENCES people(id) ON DELETE SET NULL,
  themes TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX follow_up_groups_lead ON follow_up_groups (lead_person_id);

CREATE TABLE group_members (
  group_id @INT@ NOT NULL REFERENCES follow_up_groups(id) ON DELETE CASCADE,
  position @INT@ NOT NULL,
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretariat')),
  from_date TEXT NOT NULL,
  to_date TEXT
);
CREATE INDEX group_members_group ON group_members (group_id, position);
CREATE INDEX group_members_person ON group_members (person_id);

CREATE TABLE group_deliverables (
  group_id @INT@ NOT NULL REFERENCES follow_up_groups(id) ON DELETE CASCADE,
  id @INT@ NOT NULL,
  position @INT@ NOT NULL,
  title TEXT NOT NULL,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'delivered', 'dropped')),
  PRIMARY KEY (group_id, id)
);

CREATE TABLE group_meetings (
  event_id @INT@ PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  group_id @INT@ NOT NULL REFERENCES follow_up_groups(id) ON DELETE CASCADE
);
CREATE INDEX group_meetings_group ON group_meetings (group_id);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{21, "follow-up groups", kGroupsSql, "", ""},
          storage::Migration{34, "groups in programmes",
                             programme::programme_column_sql("follow_up_groups"), "", ""}};
}

}  // namespace samla::groups
