#include "initiatives/schema.h"

namespace samla::initiatives {
namespace {

// The workstream is one of the programme's (programme_workstreams has no single-column key),
// checked by the store. Ratings go with the user who gave them: a rater's account removed,
// their scores no longer count.
constexpr const char* kInitiativesSql = R"sql(
CREATE TABLE initiatives (
  id @ID@,
  programme_id @INT@ NOT NULL REFERENCES programmes(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  workstream_id @INT@,
  themes TEXT NOT NULL,
  proposer_person_id @INT@ REFERENCES people(id) ON DELETE SET NULL,
  proposed_by TEXT NOT NULL,
  source_event_id @INT@ REFERENCES events(id) ON DELETE SET NULL,
  source_outcome_id @INT@ REFERENCES outcomes(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined')),
  status_reason TEXT,
  action_plan_id @INT@ REFERENCES action_plans(id) ON DELETE SET NULL,
  group_id @INT@ REFERENCES follow_up_groups(id) ON DELETE SET NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX initiatives_programme ON initiatives (programme_id, id);
CREATE INDEX initiatives_outcome ON initiatives (source_outcome_id);

CREATE TABLE initiative_ratings (
  initiative_id @INT@ NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  user_id @INT@ NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  rater_name TEXT NOT NULL,
  impact @INT@ NOT NULL CHECK (impact BETWEEN 1 AND 5),
  feasibility @INT@ NOT NULL CHECK (feasibility BETWEEN 1 AND 5),
  urgency @INT@ NOT NULL CHECK (urgency BETWEEN 1 AND 5),
  fit @INT@ NOT NULL CHECK (fit BETWEEN 1 AND 5),
  note TEXT NOT NULL,
  rated_at TEXT NOT NULL,
  PRIMARY KEY (initiative_id, user_id)
);

CREATE TABLE initiative_weights (
  programme_id @INT@ PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
  impact @INT@ NOT NULL CHECK (impact BETWEEN 0 AND 10),
  feasibility @INT@ NOT NULL CHECK (feasibility BETWEEN 0 AND 10),
  urgency @INT@ NOT NULL CHECK (urgency BETWEEN 0 AND 10),
  fit @INT@ NOT NULL CHECK (fit BETWEEN 0 AND 10),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{37, "the initiative list", kInitiativesSql, "", ""}};
}

}  // namespace samla::initiatives
