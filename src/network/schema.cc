#include "network/schema.h"

namespace samla::network {
namespace {

// Each end of a tie is a person or an organisation: two nullable references, exactly one
// set, so deleting a stakeholder removes their ties (ON DELETE CASCADE) and the database
// refuses a tie to someone who does not exist.
constexpr const char* kTiesSql = R"sql(
CREATE TABLE ties (
  id @ID@,
  from_person_id @INT@ REFERENCES people(id) ON DELETE CASCADE,
  from_organisation_id @INT@ REFERENCES organisations(id) ON DELETE CASCADE,
  to_person_id @INT@ REFERENCES people(id) ON DELETE CASCADE,
  to_organisation_id @INT@ REFERENCES organisations(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('collaboration', 'information_exchange', 'funding',
    'formal_authority', 'advice', 'conflict')),
  directed @INT@ NOT NULL DEFAULT 0,
  strength @INT@ NOT NULL CHECK (strength BETWEEN 1 AND 3),
  starts_on TEXT,
  ends_on TEXT,
  source TEXT NOT NULL CHECK (source IN ('reported', 'observed')),
  reported_by TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK ((from_person_id IS NULL) <> (from_organisation_id IS NULL)),
  CHECK ((to_person_id IS NULL) <> (to_organisation_id IS NULL)),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX ties_from_person ON ties (from_person_id);
CREATE INDEX ties_to_person ON ties (to_person_id);
CREATE INDEX ties_from_organisation ON ties (from_organisation_id);
CREATE INDEX ties_to_organisation ON ties (to_organisation_id);
)sql";

// A tie's note can be marked as holding health details (issue 20 part 7).
constexpr const char* kNoteSpecialSql = R"sql(
ALTER TABLE ties ADD COLUMN note_special @INT@ NOT NULL DEFAULT 0 CHECK (note_special IN (0, 1));
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{9, "network ties", kTiesSql, "", ""},
          storage::Migration{53, "special-category tie notes", kNoteSpecialSql, "", ""}};
}

}  // namespace samla::network
