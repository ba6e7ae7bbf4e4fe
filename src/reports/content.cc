#include "reports/content.h"

#include <algorithm>
#include <map>

#include "core/clock.h"
#include "evaluation/results.h"
#include "evaluation/store.h"
#include "events/invitations.h"
#include "events/messages.h"
#include "events/store.h"
#include "outcomes/store.h"
#include "register/profiles.h"
#include "register/store.h"
#include "reports/action_content.h"

namespace samla::reports {
namespace {

using nlohmann::json;
using storage::Session;

// Counts of invited and attended per key, in key order.
struct Tally {
  std::map<std::string, std::pair<int, int>> rows;
  void add(const std::string& key, bool attended) {
    auto& r = rows[key];
    ++r.first;
    r.second += attended ? 1 : 0;
  }
  json to_json() const {
    json out = json::array();
    for (const auto& [key, counts] : rows)
      out.push_back({{"key", key}, {"invited", counts.first}, {"attended", counts.second}});
    return out;
  }
};

json event_json(const events::Event& e) {
  const std::string when_sv = events::describe_time(e, "sv"),
                    when_en = events::describe_time(e, "en");
  json agenda = json::array();
  for (const auto& a : e.agenda)
    agenda.push_back(
        {{"time", a.time}, {"title", a.title}, {"owner", a.owner}, {"items", a.items}});
  return {{"id", e.id},
          {"title", e.title},
          {"type", e.type},
          {"status", e.status},
          {"starts_at", e.starts_at},
          {"ends_at", e.ends_at},
          {"time_zone", e.time_zone},
          {"format", e.format},
          {"themes", e.themes},
          {"objectives", e.objectives},
          {"agenda", agenda},
          {"when_sv", when_sv},
          {"when_en", when_en}};
}

Result<json> participation(Session& s, const std::vector<events::Invitation>& invitations) {
  int invited = 0, accepted = 0, attended = 0;
  Tally by_group, by_country, by_perspective, by_sector;
  std::string people;
  for (const auto& v : invitations)
    people += (people.empty() ? "" : ",") + std::to_string(v.person_id);
  std::map<registry::StakeholderRef, registry::Profile> profiles;
  if (!people.empty()) {
    registry::ProfileQuery query;
    query.people = {"SELECT id FROM people WHERE id IN (" + people + ")", {}};
    SAMLA_ASSIGN(profiles, registry::load_profiles(s, query));
  }
  SAMLA_ASSIGN(auto groups, registry::store::list_country_groups(s));
  for (const auto& v : invitations) {
    if (v.status == "proposed" || v.status == "withdrawn") continue;
    const bool came = v.status == "attended";
    ++invited;
    accepted += v.status == "accepted" || came ? 1 : 0;
    attended += came ? 1 : 0;
    auto p = profiles.find({registry::StakeholderRef::Kind::person, v.person_id});
    const registry::Profile profile = p == profiles.end() ? registry::Profile{} : p->second;
    const std::string country = profile.country.value_or("");
    by_country.add(country.empty() ? "unknown" : country, came);
    for (const auto& g : groups)
      if (std::find(g.countries.begin(), g.countries.end(), country) != g.countries.end())
        by_group.add(g.name, came);
    for (const auto& perspective : profile.perspectives) by_perspective.add(perspective, came);
    by_sector.add(profile.sector.value_or("unknown"), came);
  }
  return json{{"invited", invited},
              {"accepted", accepted},
              {"attended", attended},
              {"by_country_group", by_group.to_json()},
              {"by_country", by_country.to_json()},
              {"by_perspective", by_perspective.to_json()},
              {"by_sector", by_sector.to_json()}};
}

json outcome_json(const outcomes::Outcome& o) {
  json out{{"event_id", o.event_id}, {"kind", o.kind}, {"text", o.text}, {"status", o.status}};
  if (o.kind == "action_point") {
    out["owner"] = o.owner_name ? json(*o.owner_name) : json(nullptr);
    out["due_date"] = o.due_date ? json(*o.due_date) : json(nullptr);
    out["priority"] = o.priority ? json(*o.priority) : json(nullptr);
  }
  // A quote names its speaker only once they agreed to be named.
  if (o.kind == "quote")
    out["speaker"] = o.named_on && o.speaker_name ? json(*o.speaker_name) : json(nullptr);
  return out;
}

Result<json> evaluation_json(Session& s, std::int64_t event_id, int invited) {
  SAMLA_ASSIGN(auto form, evaluation::store::get_form(s, event_id));
  SAMLA_ASSIGN(auto answers, evaluation::store::answers_of(s, event_id));
  evaluation::ResultsInput in;
  in.form = &form;
  in.answers = &answers;
  in.invited = invited;
  const auto results = evaluation::compute_results(in);
  json items = json::array();
  for (const auto& r : results.items) {
    if (r.item.kind != "scale") continue;
    json p_value = r.shift.wilcoxon ? json(r.shift.wilcoxon->p_value) : json(nullptr);
    items.push_back({{"text_sv", r.item.text_sv},
                     {"text_en", r.item.text_en},
                     {"before_n", r.before.n},
                     {"before_mean", r.before.mean ? json(*r.before.mean) : json(nullptr)},
                     {"after_n", r.after.n},
                     {"after_mean", r.after.mean ? json(*r.after.mean) : json(nullptr)},
                     {"pairs", r.shift.n},
                     {"mean_shift", r.shift.mean_shift ? json(*r.shift.mean_shift) : json(nullptr)},
                     {"p_value", p_value}});
  }
  return json{{"event_id", event_id},
              {"answered_before", results.answered_before},
              {"answered_after", results.answered_after},
              {"answered_both", results.answered_both},
              {"items", items}};
}

}  // namespace

Result<std::vector<std::int64_t>> covered_events(Session& s, const Report& report) {
  if (report.event_id) return std::vector<std::int64_t>{*report.event_id};
  SAMLA_ASSIGN(auto all, events::store::list_events(s));
  std::vector<std::int64_t> out;
  for (const auto& e : all) {
    if (e.status == "draft" || e.status == "designed") continue;
    const std::string day = e.starts_at.substr(0, 10);
    if (report.from && day < *report.from) continue;
    if (report.to && day > *report.to) continue;
    if (report.theme &&
        std::find(e.themes.begin(), e.themes.end(), *report.theme) == e.themes.end())
      continue;
    out.push_back(e.id);
  }
  return out;
}

Result<json> gather_content(Session& s, const Report& report) {
  SAMLA_ASSIGN(auto ids, covered_events(s, report));
  json events_out = json::array(), outcomes_out = json::array(), evaluation_out = json::array();
  std::vector<events::Invitation> invitations;
  std::vector<std::string> theme_slugs;
  if (report.theme) theme_slugs.push_back(*report.theme);
  for (std::int64_t id : ids) {
    SAMLA_ASSIGN(events::Event e, events::store::get_event(s, id));
    events_out.push_back(event_json(e));
    for (const auto& t : e.themes)
      if (std::find(theme_slugs.begin(), theme_slugs.end(), t) == theme_slugs.end())
        theme_slugs.push_back(t);
    SAMLA_ASSIGN(auto invited, events::store::invitations_of(s, id));
    const int asked =
        static_cast<int>(std::count_if(invited.begin(), invited.end(), [](const auto& v) {
          return v.status != "proposed" && v.status != "withdrawn";
        }));
    invitations.insert(invitations.end(), invited.begin(), invited.end());
    SAMLA_ASSIGN(auto produced, outcomes::store::list_outcomes(s, id));
    for (const auto& o : produced) outcomes_out.push_back(outcome_json(o));
    SAMLA_ASSIGN(json evaluated, evaluation_json(s, id, asked));
    evaluation_out.push_back(std::move(evaluated));
  }
  SAMLA_ASSIGN(json taking_part, participation(s, invitations));
  SAMLA_ASSIGN(auto all_themes, registry::store::list_themes(s));
  json themes = json::array();
  for (const auto& slug : theme_slugs) {
    auto t = std::find_if(all_themes.begin(), all_themes.end(),
                          [&](const auto& theme) { return theme.slug == slug; });
    themes.push_back({{"slug", slug},
                      {"name_sv", t == all_themes.end() ? slug : t->name_sv},
                      {"name_en", t == all_themes.end() ? slug : t->name_en}});
  }
  SAMLA_ASSIGN(auto lessons, events::store::list_lessons(s));
  json lessons_out = json::array();
  for (const auto& l : lessons) {
    if (l.status != "validated") continue;
    const bool relevant = std::any_of(l.themes.begin(), l.themes.end(), [&](const std::string& t) {
      return std::find(theme_slugs.begin(), theme_slugs.end(), t) != theme_slugs.end();
    });
    if (relevant)
      lessons_out.push_back({{"text", l.text}, {"source", l.source}, {"themes", l.themes}});
  }
  const std::string gathered_at = now_iso8601();
  SAMLA_ASSIGN(json action_plan, action_plan_content(s, report, ids, gathered_at.substr(0, 10)));
  return json{
      {"title", report.title},        {"events", events_out},       {"themes", themes},
      {"participation", taking_part}, {"outcomes", outcomes_out},   {"evaluation", evaluation_out},
      {"lessons", lessons_out},       {"action_plan", action_plan}, {"gathered_at", gathered_at}};
}

}  // namespace samla::reports
