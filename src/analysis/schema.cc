#include "analysis/schema.h"

#include "programme/schema.h"

namespace samla::analysis {
namespace {

// Assessments are append-only rows; the scales are also checked by the database, so no path
// around the service can store an out-of-range score.
constexpr const char* kAssessmentsSql = R"sql(
CREATE TABLE assessments (
  id @ID@,
  person_id @INT@ REFERENCES people(id) ON DELETE CASCADE,
  organisation_id @INT@ REFERENCES organisations(id) ON DELETE CASCADE,
  assessor_id @INT@ NOT NULL REFERENCES users(id),
  assessor_name TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  influence @INT@ NOT NULL CHECK (influence BETWEEN 1 AND 5),
  interest @INT@ NOT NULL CHECK (interest BETWEEN 1 AND 5),
  attitude @INT@ NOT NULL CHECK (attitude BETWEEN -2 AND 2),
  legitimacy @INT@ NOT NULL CHECK (legitimacy BETWEEN 1 AND 5),
  urgency @INT@ NOT NULL CHECK (urgency BETWEEN 1 AND 5),
  rationale TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK ((person_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX assessments_person ON assessments (person_id, assessed_on);
CREATE INDEX assessments_organisation ON assessments (organisation_id, assessed_on);
CREATE TABLE assessment_relevance (
  assessment_id @INT@ NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  theme_id @INT@ NOT NULL REFERENCES themes(id),
  relevance @INT@ NOT NULL CHECK (relevance BETWEEN 0 AND 3),
  PRIMARY KEY (assessment_id, theme_id)
);
)sql";

// The saved settings are one row of JSON (its shape is checked by settings_from_json on
// every read). A kickoff list keeps the parameters and settings that built it, and its
// entries keep what the analysis said then (quadrant, priority, the gap closed), so the
// list reads the same after later assessments; names and contacts are joined when read.
constexpr const char* kKickoffSql = R"sql(
CREATE TABLE analysis_settings (
  id @INT@ PRIMARY KEY CHECK (id = 1),
  settings TEXT NOT NULL,
  version @INT@ NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE kickoff_lists (
  id @ID@,
  title TEXT NOT NULL,
  created_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  parameters TEXT NOT NULL,
  open_gaps TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE TABLE kickoff_entries (
  id @ID@,
  list_id @INT@ NOT NULL REFERENCES kickoff_lists(id) ON DELETE CASCADE,
  position @INT@ NOT NULL,
  person_id @INT@ REFERENCES people(id) ON DELETE CASCADE,
  organisation_id @INT@ REFERENCES organisations(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('key_player', 'keep_satisfied', 'keep_informed',
    'minimal_effort', 'closes_gap', 'added')),
  gap_dimension TEXT CHECK (gap_dimension IN ('perspective', 'sector')),
  gap_row TEXT,
  gap_column TEXT,
  quadrant TEXT,
  priority DOUBLE PRECISION,
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('included', 'removed')),
  removed_reason TEXT NOT NULL DEFAULT '',
  changed_by TEXT,
  CHECK ((person_id IS NULL) <> (organisation_id IS NULL)),
  UNIQUE (list_id, person_id),
  UNIQUE (list_id, organisation_id)
);
CREATE INDEX kickoff_entries_list ON kickoff_entries (list_id, position);
)sql";

// A kickoff list is a draft until a coordinator marks it final (a phase's gate asks for a
// final list); a final list's entries no longer change unless it is opened as a draft again.
constexpr const char* kKickoffStatusSql = R"sql(
ALTER TABLE kickoff_lists ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
  CHECK (status IN ('draft', 'final'));
ALTER TABLE kickoff_lists ADD COLUMN status_changed_at TEXT;
ALTER TABLE kickoff_lists ADD COLUMN status_changed_by TEXT;
)sql";

// The analysis settings of each programme (issue 19: settings per programme): each programme
// that exists starts from the instance's saved settings; one made later follows them (version 0)
// until it saves its own.
constexpr const char* kProgrammeSettingsSql = R"sql(
CREATE TABLE programme_analysis_settings (
  programme_id @INT@ PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
  settings TEXT NOT NULL,
  version @INT@ NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
INSERT INTO programme_analysis_settings (programme_id, settings, version, updated_at, updated_by)
  SELECT p.id, a.settings, 1, a.updated_at, a.updated_by FROM programmes p, analysis_settings a
  WHERE a.id = 1;
)sql";

// A rationale can be marked as holding health details (issue 20 part 7).
constexpr const char* kRationaleSpecialSql = R"sql(
ALTER TABLE assessments ADD COLUMN rationale_special @INT@ NOT NULL DEFAULT 0
  CHECK (rationale_special IN (0, 1));
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{45, "analysis settings per programme", kProgrammeSettingsSql, "", ""},
          storage::Migration{4, "stakeholder assessments", kAssessmentsSql, "", ""},
          storage::Migration{5, "analysis settings and kickoff lists", kKickoffSql, "", ""},
          storage::Migration{30, "kickoff lists draft or final", kKickoffStatusSql, "", ""},
          storage::Migration{32, "kickoff lists in programmes",
                             programme::programme_column_sql("kickoff_lists"), "", ""},
          storage::Migration{54, "special-category rationales", kRationaleSpecialSql, "", ""}};
}

}  // namespace samla::analysis
