#include "analysis/schema.h"

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

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{4, "stakeholder assessments", kAssessmentsSql, "", ""}};
}

}  // namespace samla::analysis
