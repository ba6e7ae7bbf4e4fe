#include "interactions/schema.h"

namespace samla::interactions {
namespace {

// Indexed by person, by organisation (each newest first) and by follow-up day, the three ways the
// history is read: on a person's page, on an organisation's, and as "what to follow up". Who had
// the contact and the summary are also kept case-folded (core/case_fold.h) for the search.
constexpr const char* kInteractionsSql = R"sql(
CREATE TABLE interactions (
  id @ID@,
  programme_id @INT@ NOT NULL REFERENCES programmes(id),
  person_id @INT@ REFERENCES people(id) ON DELETE CASCADE,
  organisation_id @INT@ REFERENCES organisations(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('meeting', 'call', 'email', 'letter', 'event', 'note')),
  by_whom TEXT NOT NULL,
  summary TEXT NOT NULL,
  by_folded TEXT NOT NULL,
  summary_folded TEXT NOT NULL,
  follow_up_on TEXT,
  followed_up @INT@ NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL)
);
CREATE INDEX interactions_person ON interactions (person_id, day);
CREATE INDEX interactions_organisation ON interactions (organisation_id, day);
CREATE INDEX interactions_follow_up ON interactions (followed_up, follow_up_on);
)sql";

}  // namespace

// A summary can be marked as holding health details (issue 20 part 7).
constexpr const char* kSummarySpecialSql = R"sql(
ALTER TABLE interactions ADD COLUMN summary_special @INT@ NOT NULL DEFAULT 0
  CHECK (summary_special IN (0, 1));
)sql";

std::vector<storage::Migration> migrations() {
  return {storage::Migration{41, "interactions", kInteractionsSql, "", ""},
          storage::Migration{50, "special-category summaries", kSummarySpecialSql, "", ""}};
}

}  // namespace samla::interactions
