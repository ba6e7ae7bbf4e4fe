#include "events/schema.h"

namespace samla::events {
namespace {

// An event's design (themes, agenda, languages, materials, …) is one JSON document checked by
// rules.cc on every write; what lists filter and sort by, and what the lifecycle guards, are
// columns. Lessons keep their themes as JSON too: the gate reads them all (a short list).
constexpr const char* kEventsSql = R"sql(
CREATE TABLE events (
  id @ID@,
  title TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('kickoff', 'thematic_workshop', 'policy_dialogue',
    'group_meeting')),
  status TEXT NOT NULL CHECK (status IN ('draft', 'designed', 'open_for_invitations', 'held',
    'reported', 'closed')),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  design TEXT NOT NULL,
  readiness_override TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK (ends_at > starts_at)
);
CREATE INDEX events_starts ON events (starts_at, id);
CREATE TABLE lessons (
  id @ID@,
  text TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  themes TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('identified', 'validated')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
)sql";

// A selection keeps the request that produced it and its full answer (who, why, which quotas
// held), so it can be read again and reproduced.
constexpr const char* kSelectionsSql = R"sql(
CREATE TABLE selections (
  id @ID@,
  event_id @INT@ NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  parameters TEXT NOT NULL,
  result TEXT NOT NULL
);
CREATE INDEX selections_event ON selections (event_id, id);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{6, "events and lessons learned", kEventsSql, "", ""},
          storage::Migration{7, "invitation selections", kSelectionsSql, "", ""}};
}

}  // namespace samla::events
