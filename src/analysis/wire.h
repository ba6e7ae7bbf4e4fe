// The analysis on the wire: JSON for assessments, views, coverage and kickoff lists, and the
// parsing of request bodies with an error per field. Words (labels, gap sentences, reasons)
// come in the request's language; lived experience only for viewers who may see it.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "analysis/coverage.h"
#include "analysis/kickoff.h"
#include "analysis/model.h"
#include "core/language.h"
#include "core/result.h"
#include "privacy/viewer.h"

namespace samla::analysis {

std::optional<Quadrant> parse_quadrant(std::string_view text);

nlohmann::json to_json(const Assessment& a);
// Removes the rationale (free text about a stakeholder) for viewers who may not see it.
void redact_assessment(Assessment& a, const privacy::Viewer& viewer);
// An AssessmentInput body; 422 naming each missing or mistyped field. Ranges are checked
// by the store.
Result<Assessment> assessment_from_json(const nlohmann::json& j);
// The Assessment and AssessmentInput schemas, from the same field table.
void add_assessment_schemas(nlohmann::json& schemas);

// A stakeholder's view as `viewer` may see it (lived experience only for those who may).
nlohmann::json to_json(const StakeholderView& v, const privacy::Viewer& viewer,
                       double high_priority);

// Country codes and group slugs → their names in one language, for rows and gaps.
using RowLabels = std::map<std::string, std::string>;

nlohmann::json to_json(const Coverage& c, const RowLabels& labels, Language language);
nlohmann::json to_json(const CoverageGap& gap, const RowLabels& labels, Language language);

// Kickoff parameters and gaps as stored with a list.
nlohmann::json parameters_to_json(const KickoffParameters& p);
Result<KickoffParameters> parameters_from_json(const nlohmann::json& j);
nlohmann::json gaps_to_json(const std::vector<CoverageGap>& gaps);
std::vector<CoverageGap> gaps_from_json(const nlohmann::json& j);

// A POST /kickoff-lists body: {title, theme?, country_group?, include_quadrants?,
// close_gaps?}; the settings are the caller's to fill in.
struct KickoffRequest {
  std::string title;
  std::optional<std::int64_t> programme_id;  // none: the default programme
  KickoffParameters parameters;
};
Result<KickoffRequest> kickoff_request_from_json(const nlohmann::json& j);

// A kickoff list for `viewer` (after redact_kickoff), in the viewer's language: gaps and
// reasons that would tell who closes a lived-experience gap only for those who may see it.
nlohmann::json to_json(const KickoffList& list, const RowLabels& labels,
                       const privacy::Viewer& viewer);
nlohmann::json to_json(const KickoffSummary& s);
// The words for why an entry is on the list.
std::string reason_text(const KickoffEntry& e, const RowLabels& labels,
                        const privacy::Viewer& viewer);

}  // namespace samla::analysis
