// The stakeholder analysis use cases: assessments, the analysis views, the saved settings,
// coverage and kickoff lists. Each runs in a pooled session; writes in one transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "analysis/coverage.h"
#include "analysis/kickoff.h"
#include "analysis/model.h"
#include "analysis/wire.h"
#include "core/language.h"
#include "core/result.h"
#include "privacy/pooled_service.h"
#include "privacy/viewer.h"
#include "storage/database.h"

namespace samla::analysis {

// Which stakeholders a view shows.
struct ViewFilter {
  std::optional<std::string> theme;          // on this theme (see on_theme)
  std::optional<std::string> country_group;  // from a country of this group
  std::optional<std::string> sector;
  std::optional<std::string> perspective;
  std::optional<std::string> country;        // from this country (ISO code)
  std::optional<std::int64_t> programme_id;  // whose settings weigh them (none: the default's)
};

struct ViewsResult {
  std::vector<StakeholderView> views;
  Settings settings;  // the settings they were computed with
};

struct HistoryResult {
  std::vector<Assessment> assessments;  // newest first
  std::optional<StakeholderView> view;  // with the saved settings; none if never assessed
  Settings settings;
};

class AnalysisService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // Appends `a` as `actor`'s judgement (assessor and entry time are set here; the date
  // defaults to today); 422 naming each bad field, with nothing written.
  Result<Assessment> record_assessment(Assessment a, const access::Principal& actor);
  // Several assessments at once (the assessment table): all are kept, or none. Every item's
  // field errors are named by its index ("items[3].influence").
  Result<std::vector<Assessment>> record_assessments(std::vector<Assessment> items,
                                                     const access::Principal& actor);
  // Every assessment of one stakeholder, newest first, and the current view of it.
  Result<HistoryResult> history(const Subject& subject,
                                std::optional<std::int64_t> programme_id = std::nullopt);
  // The views of every assessed stakeholder, highest priority first, with `options`.
  Result<std::vector<StakeholderView>> views(const ViewOptions& options);
  // The views `filter` selects, computed with the saved settings changed by `adjust`; 403 when
  // it filters by a perspective `viewer` may not see.
  Result<ViewsResult> views(const ViewFilter& filter, const privacy::Viewer& viewer,
                            const std::function<Result<Settings>(Settings)>& adjust);

  // A programme's analysis settings (none: the default programme's).
  Result<Settings> settings(std::optional<std::int64_t> programme_id);
  Result<Settings> save_settings(std::optional<std::int64_t> programme_id, Settings next,
                                 std::optional<std::int64_t> expected_version,
                                 const access::Principal& actor);

  // Coverage with the saved settings, in the viewer's language; lived experience only for
  // those who may see it.
  Result<Coverage> coverage(const CoverageOptions& options, const privacy::Viewer& viewer,
                            std::optional<std::int64_t> programme_id = std::nullopt);
  // Country codes and group slugs → names in `language`.
  Result<RowLabels> row_labels(Language language);

  // Builds and saves a kickoff list with the saved settings.
  Result<KickoffList> build_kickoff(KickoffRequest request, const access::Principal& actor);
  Result<KickoffList> kickoff(std::int64_t id);
  // Every list, counting the entries `viewer` is shown (see redact_kickoff).
  Result<std::vector<KickoffSummary>> kickoffs(const privacy::Viewer& viewer);
  Result<KickoffList> add_kickoff_entry(std::int64_t list_id, const Subject& subject,
                                        const std::string& reason,
                                        std::optional<std::int64_t> expected_version,
                                        const access::Principal& actor);
  Result<KickoffList> set_kickoff_status(std::int64_t list_id, const std::string& to,
                                         std::optional<std::int64_t> expected_version,
                                         const access::Principal& actor);
  Result<KickoffList> set_kickoff_entry(std::int64_t list_id, std::int64_t entry_id, bool included,
                                        const std::string& reason,
                                        std::optional<std::int64_t> expected_version,
                                        const access::Principal& actor);
};

}  // namespace samla::analysis
