#include "events/selections.h"

#include <algorithm>
#include <map>
#include <set>

#include "access/audit.h"
#include "analysis/profiles.h"
#include "analysis/store.h"
#include "analysis/views.h"
#include "core/clock.h"
#include "events/store.h"
#include "privacy/redaction.h"
#include "register/list.h"
#include "register/profiles.h"
#include "register/store.h"
#include "selection/solver.h"

namespace samla::events::store {
namespace {

using nlohmann::json;
using selection::Candidate;
using selection::Quota;
using storage::Session;

// The quota kinds of a request, in the order the API documents them. A share is always of the
// seats with lived experience.
const std::vector<std::pair<std::string, Quota::Kind>>& quota_kinds() {
  static const std::vector<std::pair<std::string, Quota::Kind>> kinds{
      {"country_min", Quota::Kind::country_min},
      {"perspective_min", Quota::Kind::perspective_min},
      {"perspective_max", Quota::Kind::perspective_max},
      {std::string(privacy::kLivedExperienceShare), Quota::Kind::perspective_share},
      {"organisation_max", Quota::Kind::organisation_max},
      {"country_max", Quota::Kind::country_max},
      {"sector_min", Quota::Kind::sector_min}};
  return kinds;
}

const Quota::Kind* quota_kind(const json& quota) {
  if (!quota.is_object()) return nullptr;
  const std::string name = quota.value("kind", "");
  for (const auto& [known, kind] : quota_kinds())
    if (known == name) return &kind;
  return nullptr;
}

// "country_min, perspective_min, … or sector_min".
std::string quota_kind_names() {
  std::string out;
  const auto& kinds = quota_kinds();
  for (std::size_t i = 0; i < kinds.size(); ++i) out += (i == 0 ? "" : "\n") + kinds[i].first;
  return out;
}

// Whether a quota is about special-category data (privacy::is_special_quota).
bool is_special(const json& quota) {
  auto text = [&](const char* name) {
    auto it = quota.find(name);
    return it != quota.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  return privacy::is_special_quota(text("kind"), text("key"));
}

std::optional<std::string> text_field(const json& j, const char* name) {
  if (!j.contains(name) || !j.at(name).is_string() || j.at(name).get<std::string>().empty())
    return std::nullopt;
  return j.at(name).get<std::string>();
}

void ids_field(const json& j, const char* name, std::vector<std::int64_t>& out,
               std::vector<FieldError>& errors) {
  if (!j.contains(name) || j.at(name).is_null()) return;
  if (!j.at(name).is_array()) {
    errors.emplace_back(name, Msg::must_be_person_ids);
    return;
  }
  for (const auto& v : j.at(name)) {
    if (!v.is_number_integer()) {
      errors.emplace_back(name, Msg::must_be_person_ids);
      return;
    }
    out.push_back(v.get<std::int64_t>());
  }
}

// The problem as asked: quotas and weights; the pool comes later.
Result<selection::Problem> parse(Session& s, const Event& event, const json& j,
                                 registry::PersonFilter& pool) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  std::vector<FieldError> errors;
  selection::Problem p;
  p.seats = event.capacity;
  if (j.contains("seats")) {
    if (!j.at("seats").is_number_integer())
      errors.emplace_back("seats", Msg::must_be_whole_number);
    else
      p.seats = j.at("seats").get<int>();
  }
  if (p.seats > event.capacity)
    errors.emplace_back("seats", Msg::more_than_capacity,
                        MessageParams{{"capacity", std::to_string(event.capacity)}});
  const json filter = j.value("pool", json::object());
  if (!filter.is_object()) errors.emplace_back("pool", Msg::must_be_filters);
  if (filter.is_object()) {
    registry::read_person_criteria(pool,
                                   [&](const char* name) { return text_field(filter, name); });
    if (filter.contains("organisation") && filter.at("organisation").is_number_integer())
      pool.organisation_id = filter.at("organisation").get<std::int64_t>();
  }
  const json weights = j.value("weights", json::object());
  auto weight = [&](const char* name, double& out) {
    if (!weights.is_object() || !weights.contains(name)) return;
    const json& v = weights.at(name);
    if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 100)
      errors.emplace_back(std::string("weights.") + name, Msg::number_range,
                          MessageParams{{"min", "0"}, {"max", "100"}});
    else
      out = v.get<double>();
  };
  weight("relevance", p.weights.relevance);
  weight("influence", p.weights.influence);
  weight("newcomer", p.weights.newcomer);
  weight("continuity", p.weights.continuity);
  ids_field(j, "pinned", p.pinned, errors);
  ids_field(j, "excluded", p.excluded, errors);
  if (j.contains("time_limit_seconds")) {
    const json& v = j.at("time_limit_seconds");
    if (!v.is_number() || v.get<double>() < 0.1 || v.get<double>() > 60)
      errors.emplace_back("time_limit_seconds", Msg::number_range,
                          MessageParams{{"min", "0.1"}, {"max", "60"}});
    else
      p.time_limit_seconds = v.get<double>();
  }
  const json quotas = j.value("quotas", json::array());
  if (!quotas.is_array()) errors.emplace_back("quotas", Msg::must_be_list);
  for (std::size_t i = 0; quotas.is_array() && i < quotas.size(); ++i) {
    const json& q = quotas[i];
    const std::string field = "quotas[" + std::to_string(i) + "]";
    const Quota::Kind* kind = quota_kind(q);
    if (!kind) {
      errors.emplace_back(field + ".kind", Msg::must_be_values,
                          MessageParams{{"values", quota_kind_names()}});
      continue;
    }
    Quota quota;
    quota.kind = *kind;
    quota.key = q.value("key", "");
    if (quota.kind == Quota::Kind::perspective_share) {
      quota.key = std::string(privacy::kLivedExperience);
      quota.label = "lived experience";
    }
    if (q.contains("count") && !q.at("count").is_number_integer())
      errors.emplace_back(field + ".count", Msg::must_be_whole_number);
    else
      quota.count = q.value("count", 0);
    if (q.contains("share") && !q.at("share").is_number())
      errors.emplace_back(field + ".share", Msg::number_range,
                          MessageParams{{"min", "0"}, {"max", "1"}});
    else
      quota.share = q.value("share", 0.0);
    if (quota.kind == Quota::Kind::country_min) {
      SAMLA_ASSIGN(auto group, registry::store::find_country_group(s, quota.key));
      if (group) quota.countries = std::move(group->countries);
      if (quota.countries.empty()) errors.emplace_back(field + ".key", Msg::must_be_country_group);
    }
    bool perspective =
        quota.kind == Quota::Kind::perspective_min || quota.kind == Quota::Kind::perspective_max;
    if (perspective && !registry::is_perspective(quota.key))
      errors.emplace_back(field + ".key", Msg::must_be_perspective);
    if (quota.kind == Quota::Kind::sector_min && !registry::is_sector(quota.key))
      errors.emplace_back(field + ".key", Msg::must_be_sector);
    p.quotas.push_back(std::move(quota));
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return p;
}

// Every person the filter selects, read as a coordinator would (lived experience included:
// the quotas need it; the answer is redacted for those who may not see it).
Result<std::vector<registry::Person>> pool_people(Session& s, registry::PersonFilter filter,
                                                  const access::Principal& actor) {
  registry::Viewer caller{actor, Language::en};
  filter.limit = 1;  // the caller's own rights decide whether the filter is allowed
  SAMLA_TRY(registry::list_people(s, filter, caller));
  registry::Viewer full{access::system_principal("selection"), Language::en};
  filter.limit = kMaxPageSize;
  std::vector<registry::Person> out;
  while (true) {
    SAMLA_ASSIGN(auto page, registry::list_people(s, filter, full));
    for (auto& p : page.items) out.push_back(std::move(p));
    if (!page.next) break;
    filter.cursor = page.next;
  }
  return out;
}

// Relevance to the event's themes (the higher of expertise share and assessed relevance) and
// influence from the analysis, per person.
Status score_candidates(Session& s, const Event& event, std::vector<Candidate>& pool) {
  SAMLA_ASSIGN(auto assessments, analysis::store::all_assessments(s));
  SAMLA_ASSIGN(auto profiles, analysis::store::assessed_profiles(s));
  std::map<std::int64_t, double> assessed_relevance, influence;
  for (const auto& theme : event.themes) {
    analysis::ViewOptions options;
    options.theme = theme;
    for (const auto& v : analysis::build_views(assessments, profiles, options)) {
      if (v.subject.kind != analysis::Subject::Kind::person) continue;
      auto& r = assessed_relevance[v.subject.id];
      r = std::max(r, v.relevance / 3);
      influence[v.subject.id] = (v.consensus.mean.influence - 1) / 4;
    }
  }
  if (event.themes.empty())
    for (const auto& v : analysis::build_views(assessments, profiles, {}))
      if (v.subject.kind == analysis::Subject::Kind::person)
        influence[v.subject.id] = (v.consensus.mean.influence - 1) / 4;
  for (auto& c : pool) {
    if (auto it = assessed_relevance.find(c.id); it != assessed_relevance.end())
      c.relevance = std::max(c.relevance, it->second);
    if (auto it = influence.find(c.id); it != influence.end()) c.influence = it->second;
  }
  return ok_status();
}

// The people who attended an event that started before `event` (so are no longer newcomers).
Result<std::set<std::int64_t>> earlier_attendees(Session& s, const Event& event) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT DISTINCT i.person_id FROM invitations i JOIN events e "
                                  "ON e.id = i.event_id WHERE i.status = 'attended' AND "
                                  "e.id <> ? AND e.starts_utc < "
                                  "(SELECT starts_utc FROM events WHERE id = ?)",
                                  {event.id, event.id}));
  std::set<std::int64_t> out;
  for (const auto& r : rows) out.insert(r.integer(0));
  return out;
}

json result_json(const selection::Problem& p, const selection::Selection& chosen,
                 const std::vector<registry::Person>& people, const json& request) {
  json out;
  out["feasible"] = chosen.feasible;
  out["proven_optimal"] = chosen.proven_optimal;
  out["objective"] = chosen.objective;
  out["total_shortfall"] = chosen.total_shortfall;
  out["seconds"] = chosen.seconds;
  out["pool_size"] = p.candidates.size();
  json rows = json::array();
  for (const auto& r : chosen.rows)
    rows.push_back({{"quota", r.row.quota},
                    {"label", r.row.label},
                    {"at_least", r.row.at_least},
                    {"bound", r.row.bound},
                    {"chosen", r.chosen},
                    {"shortfall", r.shortfall},
                    {"met", r.shortfall == 0},
                    {std::string(privacy::kSpecialQuotaFlag),
                     is_special(request.value("quotas", json::array())[r.row.quota])}});
  out["quotas"] = rows;
  json list = json::array();
  for (const auto& c : chosen.chosen) {
    const registry::Person& person = people[c.index];
    json one = explain_choice(chosen, c);
    one["person_id"] = person.meta.id;
    one["name"] = person.name;
    one["organisation_name"] =
        person.organisation_name ? json(*person.organisation_name) : json(nullptr);
    one["country"] = person.country ? json(*person.country) : json(nullptr);
    // Flagged at once: without an address the invitation cannot be sent (it is skipped).
    one["has_email"] = person.email.has_value();
    list.push_back(std::move(one));
  }
  out["chosen"] = list;
  return out;
}

}  // namespace

json explain_choice(const selection::Selection& solved, const selection::ChosenCandidate& c) {
  json fills = json::array();
  for (const auto& r : solved.rows)
    if (r.row.at_least && std::binary_search(r.row.members.begin(), r.row.members.end(), c.index))
      fills.push_back({{"quota", r.row.quota}, {"label", r.row.label}});
  return {{"score", c.score},
          {"parts",
           {{"relevance", c.relevance_part},
            {"influence", c.influence_part},
            {"newcomer", c.newcomer_part},
            {"continuity", c.continuity_part}}},
          {"pinned", c.pinned},
          {"fills", fills}};
}

Result<PosedSelection> pose_selection(Session& s, const Event& event, const json& request,
                                      const access::Principal& actor) {
  PosedSelection posed;
  registry::PersonFilter filter;
  SAMLA_ASSIGN(posed.problem, parse(s, event, request, filter));
  SAMLA_ASSIGN(posed.people, pool_people(s, filter, actor));
  SAMLA_ASSIGN(auto attended, earlier_attendees(s, event));
  registry::ProfileQuery organisations_only;
  organisations_only.people = registry::IdSelect{};
  SAMLA_ASSIGN(auto organisations, registry::load_profiles(s, organisations_only));
  for (const auto& person : posed.people) {
    Candidate c;
    c.id = person.meta.id;
    c.name = person.name;
    c.country = person.country;
    c.perspectives = person.perspectives;
    c.organisation_id = person.organisation_id;
    if (person.organisation_id)
      c.sector =
          organisations[{registry::StakeholderRef::Kind::organisation, *person.organisation_id}]
              .sector;
    c.newcomer = attended.count(person.meta.id) == 0;
    if (!event.themes.empty()) {
      int shared = 0;
      for (const auto& t : event.themes)
        shared += std::count(person.themes.begin(), person.themes.end(), t) > 0;
      c.relevance = static_cast<double>(shared) / static_cast<double>(event.themes.size());
    }
    posed.problem.candidates.push_back(std::move(c));
  }
  SAMLA_TRY(score_candidates(s, event, posed.problem.candidates));
  return posed;
}

Result<json> run_selection(Session& s, std::int64_t event_id, const json& request,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(Event event, get_event(s, event_id));
  SAMLA_ASSIGN(PosedSelection posed, pose_selection(s, event, request, actor));
  SAMLA_ASSIGN(auto solved, selection::solve(posed.problem));

  json result = result_json(posed.problem, solved, posed.people, request);
  std::string now = now_iso8601();
  SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO selections (event_id, created_at, created_by, "
                                     "parameters, result) VALUES (?, ?, ?, ?, ?) RETURNING id",
                                     {event_id, now, actor.name, request.dump(), result.dump()}));
  std::int64_t id = row.integer(0);
  json audit = {{"event_id", event_id}, {"parameters", request}};
  SAMLA_TRY(
      access::record_change(s, actor, "create", "selection", std::to_string(id), nullptr, &audit));
  return get_selection(s, id);
}

Result<json> get_selection(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto r, s.query_one("SELECT id, event_id, created_at, created_by, parameters, "
                                   "result FROM selections WHERE id = ?",
                                   {id}, Msg::no_such_selection));
  json out = json::parse(r.text(5), nullptr, false);
  out["id"] = r.integer(0);
  out["event_id"] = r.integer(1);
  out["created_at"] = r.text(2);
  out["created_by"] = r.text(3);
  out["parameters"] = json::parse(r.text(4), nullptr, false);
  return out;
}

Result<std::vector<json>> selections_of(Session& s, std::int64_t event_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM selections WHERE event_id = ? ORDER BY id DESC",
                                  {event_id}));
  std::vector<json> out;
  for (const auto& r : rows) {
    SAMLA_ASSIGN(json one, get_selection(s, r.integer(0)));
    out.push_back(std::move(one));
  }
  return out;
}

std::vector<int> special_quotas(const json& request) {
  std::vector<int> out;
  if (!request.is_object() || !request.contains("quotas") || !request.at("quotas").is_array())
    return out;
  const json& quotas = request.at("quotas");
  for (std::size_t i = 0; i < quotas.size(); ++i)
    if (quotas[i].is_object() && is_special(quotas[i])) out.push_back(static_cast<int>(i));
  return out;
}

void redact_selection(json& selection) {
  std::set<std::int64_t> hidden;
  // A lived-experience quota's outcome depends on who has lived experience (on one seat and
  // one pinned person it names theirs), so it is left out of the row, the total and
  // "feasible"; the quota itself (a design choice) stays visible.
  int hidden_shortfall = 0;
  for (auto& q : selection["quotas"]) {
    if (!q.value(std::string(privacy::kSpecialQuotaFlag), false)) continue;
    hidden.insert(q.value("quota", -1));
    if (q["shortfall"].is_number_integer()) hidden_shortfall += q["shortfall"].get<int>();
    q["chosen"] = nullptr;
    q["shortfall"] = nullptr;
    q["met"] = nullptr;
  }
  if (selection["total_shortfall"].is_number_integer()) {
    const int visible = selection["total_shortfall"].get<int>() - hidden_shortfall;
    selection["total_shortfall"] = visible;
    selection["feasible"] = visible == 0;
  }
  for (auto& c : selection["chosen"]) {
    json kept = json::array();
    for (const auto& f : c["fills"])
      if (!hidden.count(f.value("quota", -1))) kept.push_back(f);
    c["fills"] = kept;
  }
}

}  // namespace samla::events::store
