#include "evaluation/schema.h"

namespace samla::evaluation {
namespace {

// An event's form, once someone changed the default instrument (items as JSON). The answers:
// one per invitation and phase (the UNIQUE is what makes a second answer impossible even
// when two arrive at once); ratings and texts as JSON objects keyed by item id. An answer
// names no person: it is pseudonymous through the invitation, and goes with it.
constexpr const char* kEvaluationSql = R"sql(
CREATE TABLE evaluation_forms (
  event_id @INT@ PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  items TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE TABLE evaluation_answers (
  id @ID@,
  event_id @INT@ NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  invitation_id @INT@ NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
  phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),
  ratings TEXT NOT NULL,
  texts TEXT NOT NULL,
  answered_at TEXT NOT NULL,
  UNIQUE (invitation_id, phase)
);
CREATE INDEX evaluation_answers_event ON evaluation_answers (event_id, phase);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{19, "before and after evaluation", kEvaluationSql, "", ""}};
}

}  // namespace samla::evaluation
