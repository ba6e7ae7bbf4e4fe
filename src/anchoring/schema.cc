#include "anchoring/schema.h"

namespace samla::anchoring {
namespace {

// One record per organisation and programme (initiative_id NULL) or per organisation and
// initiative: the unique index reads a missing initiative as 0, which no initiative has.
constexpr const char* kAnchoringSql = R"sql(
CREATE TABLE anchoring (
  id @ID@,
  programme_id @INT@ NOT NULL REFERENCES programmes(id),
  organisation_id @INT@ NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  initiative_id @INT@ REFERENCES initiatives(id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('informed', 'consulted', 'endorsed', 'committed',
    'formally_decided')),
  level_reason TEXT,
  deciding_body TEXT NOT NULL,
  decision_date TEXT,
  decision_reference TEXT NOT NULL,
  contact_person_id @INT@ REFERENCES people(id) ON DELETE SET NULL,
  responsibilities TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX anchoring_one ON anchoring (programme_id, organisation_id,
  COALESCE(initiative_id, 0));
CREATE INDEX anchoring_organisation ON anchoring (organisation_id);
)sql";

// Each record's levels over time, for the dashboard's quarters: the day a level took effect (a
// formal decision's date, else the day it was recorded), for existing records as for new ones.
constexpr const char* kLevelHistorySql = R"sql(
CREATE TABLE anchoring_levels (
  id @ID@,
  anchoring_id @INT@ NOT NULL REFERENCES anchoring(id) ON DELETE CASCADE,
  level TEXT NOT NULL,
  since TEXT NOT NULL
);
CREATE INDEX anchoring_levels_record ON anchoring_levels (anchoring_id, since, id);
INSERT INTO anchoring_levels (anchoring_id, level, since)
  SELECT id, level, CASE WHEN level = 'formally_decided' AND decision_date IS NOT NULL
    THEN decision_date ELSE substr(created_at, 1, 10) END FROM anchoring;
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{38, "anchoring", kAnchoringSql, "", ""},
          storage::Migration{39, "anchoring_levels", kLevelHistorySql, "", ""}};
}

}  // namespace samla::anchoring
