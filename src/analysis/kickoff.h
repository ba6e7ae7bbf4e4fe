// The kickoff invitation list (docs/analysis.md, "Kickoff invitation list"): built from the
// analysis, edited by coordinators with reasons, saved with what produced it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "analysis/coverage.h"
#include "analysis/model.h"
#include "core/result.h"
#include "privacy/viewer.h"
#include "storage/database.h"

namespace samla::analysis {

// Why a stakeholder is on the list: its quadrant, closing a coverage gap, or added by hand.
inline const std::vector<std::string>& entry_reasons() {
  static const std::vector<std::string> r{"key_player",     "keep_satisfied", "keep_informed",
                                          "minimal_effort", "closes_gap",     "added"};
  return r;
}

struct KickoffEntry {
  std::int64_t id = 0;
  Subject subject;
  Profile profile;                 // joined from the register when read
  std::string reason;              // one of entry_reasons()
  std::optional<CoverageGap> gap;  // the cell it closes, for "closes_gap"
  std::optional<std::string> quadrant;
  std::optional<double> priority;
  std::string note;  // the coordinator's reason, for "added"
  bool included = true;
  std::string removed_reason;
  std::optional<std::string> changed_by;
};

struct KickoffParameters {
  std::optional<std::string> theme;
  std::optional<std::string> country_group;
  std::optional<std::string> country;  // ISO code: only this country's stakeholders
  std::vector<Quadrant> include_quadrants{Quadrant::key_player, Quadrant::keep_satisfied};
  bool close_gaps = true;
  Settings settings;  // as saved when the list was built
};

// A list is a draft while coordinators still edit it; final once one says it is the list.
inline const std::vector<std::string>& kickoff_statuses() {
  static const std::vector<std::string> s{"draft", "final"};
  return s;
}

struct KickoffList {
  std::int64_t id = 0;
  std::string title;
  std::string created_on;  // YYYY-MM-DD
  std::string created_at;
  std::string created_by;
  std::string status = "draft";                                     // one of kickoff_statuses()
  std::optional<std::string> status_changed_at, status_changed_by;  // the last change of status
  std::optional<std::int64_t> programme_id;  // the programme it belongs to (given or default)
  std::int64_t version = 1;
  KickoffParameters parameters;
  std::vector<KickoffEntry> entries;
  std::vector<CoverageGap> open_gaps;  // cells nobody on the list (or in the register) fills
  std::vector<std::string> special_only_rows;  // see Coverage; their gaps are not shown to all
};

struct KickoffSummary {
  std::int64_t id = 0;
  std::string title, created_on, created_by, status;
  int included = 0;
  std::int64_t programme_id = 0;
};

// Whether `e` is on the list to close a gap in lived experience: it is there because the
// person has lived experience, so only those who may see it are shown the entry at all.
bool closes_special_gap(const KickoffEntry& e);

// Removes what `viewer` may not see: without special-category access, the entries that close
// a lived-experience gap (their reason, country and profile together would name them);
// without access to free text about people, the coordinators' notes and reasons.
void redact_kickoff(KickoffList& list, const privacy::Viewer& viewer);

namespace store {

// Builds the list from `views` (computed with the parameters' theme and settings, highest
// priority first, already limited to the country group) and `coverage` (rows by country),
// choosing gap closers among the views first and then from the register by name; saves it,
// audited. `title` must not be empty.
Result<KickoffList> build_kickoff(storage::Session& s, std::string title,
                                  std::optional<std::int64_t> programme_id,
                                  KickoffParameters parameters,
                                  const std::vector<StakeholderView>& views,
                                  const Coverage& coverage, const access::Principal& actor);

Result<KickoffList> read_kickoff(storage::Session& s, std::int64_t id);
// Every list, newest first, with its count of included entries.
Result<std::vector<KickoffSummary>> list_kickoffs(storage::Session& s);

// Adds a stakeholder by hand with a reason (422 "reason" when empty, "subject_id" when no
// such stakeholder; 409 when already on the list).
Result<KickoffList> add_kickoff_entry(storage::Session& s, std::int64_t list_id,
                                      const Subject& subject, const std::string& reason,
                                      std::optional<std::int64_t> expected_version,
                                      const access::Principal& actor);
// Marks the list final, or opens it as a draft again (`to`: one of kickoff_statuses(); 422
// "to" otherwise or when it already is; 412 on a stale version), audited. While final, the
// two calls below answer 409.
Result<KickoffList> set_kickoff_status(storage::Session& s, std::int64_t list_id,
                                       const std::string& to,
                                       std::optional<std::int64_t> expected_version,
                                       const access::Principal& actor);

// Removes (included = false) or restores an entry, with a reason (422 "reason" when empty).
Result<KickoffList> set_kickoff_entry(storage::Session& s, std::int64_t list_id,
                                      std::int64_t entry_id, bool included,
                                      const std::string& reason,
                                      std::optional<std::int64_t> expected_version,
                                      const access::Principal& actor);

}  // namespace store
}  // namespace samla::analysis
