#include "analysis/service.h"

#include "privacy/redaction.h"
#include "privacy/settings.h"

#include <algorithm>

#include "analysis/profiles.h"
#include "analysis/settings.h"
#include "analysis/store.h"
#include "analysis/views.h"
#include "core/clock.h"
#include "register/model.h"
#include "register/store.h"

namespace samla::analysis {
namespace {

using storage::Session;

// Every view, computed with `options`. Two reads without a transaction (a SQLite
// transaction here would take the write lock): a stakeholder assessed in between has no
// profile yet, and shows with an empty one.
Result<std::vector<StakeholderView>> all_views(Session& s, const ViewOptions& options) {
  SAMLA_ASSIGN(auto assessments, store::all_assessments(s));
  SAMLA_ASSIGN(auto profiles, store::assessed_profiles(s));
  return build_views(assessments, profiles, options);
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// The views a filter selects (theme and group checked to exist first).
Result<std::vector<StakeholderView>> filtered_views(Session& s, const ViewFilter& filter,
                                                    ViewOptions options) {
  SAMLA_TRY(store::check_filter_slugs(s, filter.theme, filter.country_group));
  options.theme = filter.theme;
  SAMLA_ASSIGN(auto views, all_views(s, options));
  std::vector<std::string> countries;
  if (filter.country_group) {
    SAMLA_ASSIGN(countries, store::group_countries(s, *filter.country_group));
  }
  std::erase_if(views, [&](const StakeholderView& v) {
    const Profile& p = v.profile;
    if (filter.theme && !on_theme(v, *filter.theme)) return true;
    if (filter.country_group && !(p.country && has(countries, *p.country))) return true;
    if (filter.country && p.country != filter.country) return true;
    if (filter.sector && p.sector != filter.sector) return true;
    if (filter.perspective && !has(p.perspectives, *filter.perspective)) return true;
    return false;
  });
  return views;
}

}  // namespace

Result<Assessment> AnalysisService::record_assessment(Assessment a,
                                                      const access::Principal& actor) {
  if (a.assessed_on.empty()) a.assessed_on = now_iso8601().substr(0, 10);
  return storage::with_session(
      pool_, true, [&](Session& s) { return store::insert_assessment(s, std::move(a), actor); });
}

Result<std::vector<Assessment>> AnalysisService::record_assessments(
    std::vector<Assessment> items, const access::Principal& actor) {
  const std::string today = now_iso8601().substr(0, 10);
  return storage::with_session(pool_, true, [&](Session& s) -> Result<std::vector<Assessment>> {
    std::vector<Assessment> stored;
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < items.size(); ++i) {
      Assessment& a = items[i];
      if (a.assessed_on.empty()) a.assessed_on = today;
      auto written = store::insert_assessment(s, std::move(a), actor);
      if (written.ok()) {
        stored.push_back(std::move(written).value());
        continue;
      }
      if (written.error().code != ErrorCode::invalid) return written.error();
      // Checked before anything is written, so the transaction is still good: the next
      // items are checked too, and the whole batch rolls back at the end.
      const std::string prefix = "items[" + std::to_string(i) + "].";
      for (const auto& f : written.error().fields)
        errors.emplace_back(prefix + f.field, f.code, f.params);
    }
    if (!errors.empty()) return invalid_fields(std::move(errors));
    return stored;
  });
}

Result<HistoryResult> AnalysisService::history(const Subject& subject,
                                               std::optional<std::int64_t> programme_id) {
  return storage::with_session(pool_, false, [&](Session& s) -> Result<HistoryResult> {
    HistoryResult out;
    SAMLA_ASSIGN(out.settings, store::load_settings(s, programme_id));
    SAMLA_ASSIGN(out.assessments, store::assessments_of(s, subject));
    if (out.assessments.empty()) {
      SAMLA_TRY(store::profile_of(s, subject));  // 404 for no such stakeholder
      return out;
    }
    std::vector<Assessment> oldest_first(out.assessments.rbegin(), out.assessments.rend());
    SAMLA_ASSIGN(auto profile, store::profile_of(s, subject));
    auto views = build_views(oldest_first, {{subject, profile}}, out.settings.view);
    if (!views.empty()) out.view = views.front();
    return out;
  });
}

Result<std::vector<StakeholderView>> AnalysisService::views(const ViewOptions& options) {
  return storage::with_session(pool_, false, [&](Session& s) { return all_views(s, options); });
}

Result<ViewsResult> AnalysisService::views(
    const ViewFilter& filter, const privacy::Viewer& viewer,
    const std::function<Result<Settings>(Settings)>& adjust) {
  if (filter.perspective && privacy::is_special_perspective(*filter.perspective) &&
      !viewer.sees_special_category())
    return make_error(ErrorCode::forbidden, Msg::lived_experience_filter_refused);
  return storage::with_session(pool_, false, [&](Session& s) -> Result<ViewsResult> {
    ViewsResult out;
    SAMLA_ASSIGN(Settings saved, store::load_settings(s, filter.programme_id));
    SAMLA_ASSIGN(out.settings, adjust(saved));
    SAMLA_ASSIGN(out.views, filtered_views(s, filter, out.settings.view));
    return out;
  });
}

Result<Settings> AnalysisService::settings(std::optional<std::int64_t> programme_id) {
  return storage::with_session(pool_, false,
                               [&](Session& s) { return store::load_settings(s, programme_id); });
}

Result<Settings> AnalysisService::save_settings(std::optional<std::int64_t> programme_id,
                                                Settings next,
                                                std::optional<std::int64_t> expected_version,
                                                const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](Session& s) {
    return store::save_settings(s, programme_id, next, expected_version, actor);
  });
}

Result<Coverage> AnalysisService::coverage(const CoverageOptions& options,
                                           const privacy::Viewer& viewer,
                                           std::optional<std::int64_t> programme_id) {
  const bool special = viewer.sees_special_category();
  const Language language = viewer.language;
  return storage::with_session(pool_, false, [&](Session& s) -> Result<Coverage> {
    SAMLA_ASSIGN(Settings settings, store::load_settings(s, programme_id));
    ViewOptions view = settings.view;
    SAMLA_TRY(store::check_filter_slugs(s, options.theme, options.country_group));
    view.theme = options.theme;
    SAMLA_ASSIGN(auto views, all_views(s, view));
    CoverageOptions asked = options;
    asked.special = special;
    SAMLA_ASSIGN(Coverage c, store::coverage(s, asked, views, settings.high_priority, language));
    if (!special) hide_column(c, "perspective", std::string(privacy::kLivedExperience));
    return c;
  });
}

Result<RowLabels> AnalysisService::row_labels(Language language) {
  return storage::with_session(pool_, false, [&](Session& s) -> Result<RowLabels> {
    RowLabels out;
    SAMLA_ASSIGN(auto countries, s.query("SELECT code, name_en, name_sv FROM countries"));
    for (const auto& r : countries)
      out[r.text(0)] = language == Language::sv ? r.text(2) : r.text(1);
    SAMLA_ASSIGN(auto groups, s.query("SELECT slug, name FROM country_groups"));
    for (const auto& r : groups) out.emplace(r.text(0), r.text(1));
    return out;
  });
}

Result<KickoffList> AnalysisService::build_kickoff(KickoffRequest request,
                                                   const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](Session& s) -> Result<KickoffList> {
    // A kickoff list weighs stakeholders by its own programme's settings.
    SAMLA_ASSIGN(request.parameters.settings, store::load_settings(s, request.programme_id));
    const KickoffParameters& p = request.parameters;
    if (p.country) {
      // A name ("Sverige") is kept as its code; an unknown one is the request's error.
      auto code = registry::store::resolve_country(s, *p.country);
      if (!code.ok() && code.error().code == ErrorCode::not_found)
        return invalid_field("country", Msg::unknown_country_name, {{"value", *p.country}});
      if (!code.ok()) return code.error();
      request.parameters.country = *code;
    }
    ViewFilter filter{p.theme, p.country_group, std::nullopt, std::nullopt, p.country};
    SAMLA_ASSIGN(auto views, filtered_views(s, filter, p.settings.view));
    CoverageOptions options{p.theme, p.country_group, p.country, false};
    SAMLA_ASSIGN(Coverage c,
                 store::coverage(s, options, views, p.settings.high_priority, Language::en));
    return store::build_kickoff(s, std::move(request.title), request.programme_id,
                                std::move(request.parameters), views, c, actor);
  });
}

Result<KickoffList> AnalysisService::kickoff(std::int64_t id) {
  return storage::with_session(pool_, false,
                               [&](Session& s) { return store::read_kickoff(s, id); });
}

Result<std::vector<KickoffSummary>> AnalysisService::kickoffs(const privacy::Viewer& viewer) {
  return storage::with_session(
      pool_, false, [&](Session& s) -> Result<std::vector<KickoffSummary>> {
        SAMLA_ASSIGN(auto lists, store::list_kickoffs(s));
        if (viewer.sees_special_category()) return lists;
        // Counted as the viewer is shown each list, so the count cannot tell what was hidden.
        for (auto& summary : lists) {
          SAMLA_ASSIGN(KickoffList list, store::read_kickoff(s, summary.id));
          redact_kickoff(list, viewer);
          summary.included = static_cast<int>(std::count_if(
              list.entries.begin(), list.entries.end(), [](const auto& e) { return e.included; }));
        }
        return lists;
      });
}

Result<KickoffList> AnalysisService::add_kickoff_entry(std::int64_t list_id, const Subject& subject,
                                                       const std::string& reason,
                                                       std::optional<std::int64_t> expected,
                                                       const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](Session& s) {
    return store::add_kickoff_entry(s, list_id, subject, reason, expected, actor);
  });
}

Result<KickoffList> AnalysisService::set_kickoff_status(std::int64_t list_id, const std::string& to,
                                                        std::optional<std::int64_t> expected,
                                                        const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](Session& s) {
    return store::set_kickoff_status(s, list_id, to, expected, actor);
  });
}

Result<KickoffList> AnalysisService::set_kickoff_entry(std::int64_t list_id, std::int64_t entry_id,
                                                       bool included, const std::string& reason,
                                                       std::optional<std::int64_t> expected,
                                                       const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](Session& s) {
    return store::set_kickoff_entry(s, list_id, entry_id, included, reason, expected, actor);
  });
}

}  // namespace samla::analysis
