#include "outcomes/schema.h"

namespace samla::outcomes {
namespace {

// One row per item an event produced, in the event's order (position). An action point's
// owner is a person or an organisation of the register (the row goes with them only when the
// owner is deleted: the point then has no owner and shows so). Themes are a JSON list of
// slugs, like lessons'.
constexpr const char* kOutcomesSql = R"sql(
CREATE TABLE outcomes (
  id @ID@,
  event_id @INT@ NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('key_insight', 'outcome', 'decision', 'action_point',
    'quote')),
  text TEXT NOT NULL,
  themes TEXT NOT NULL,
  agenda_item_id @INT@,
  source TEXT NOT NULL CHECK (source IN ('plenary', 'breakout_group', 'live_session')),
  status TEXT NOT NULL CHECK (status IN ('draft', 'agreed')),
  position @INT@ NOT NULL,
  owner_person_id @INT@ REFERENCES people(id) ON DELETE SET NULL,
  owner_organisation_id @INT@ REFERENCES organisations(id) ON DELETE SET NULL,
  due_date TEXT,
  priority TEXT CHECK (priority IS NULL OR priority IN ('high', 'medium', 'low')),
  speaker_person_id @INT@ REFERENCES people(id) ON DELETE SET NULL,
  named_on TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK (owner_person_id IS NULL OR owner_organisation_id IS NULL)
);
CREATE INDEX outcomes_event ON outcomes (event_id, position, id);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{17, "event outcomes", kOutcomesSql, "", ""}};
}

}  // namespace samla::outcomes
