// Actions: read with their parties and dependencies, listed by the board's filters, written
// with every reference checked, dependency cycles refused and every change audited.
#include <map>
#include <nlohmann/json.hpp>

#include "actions/rules.h"
#include "actions/store.h"
#include "actions/store_internal.h"
#include "actions/wire.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::actions::store {
namespace internal {

Status check_theme(storage::Session& s, const std::string& field, const std::string& slug,
                   std::vector<FieldError>& errors) {
  SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM themes WHERE slug = ?", {slug}));
  if (found.empty())
    errors.emplace_back(field, Msg::no_theme_with_slug, MessageParams{{"slug", slug}});
  return ok_status();
}

Status check_party(storage::Session& s, const std::string& field, const Party& party,
                   std::vector<FieldError>& errors) {
  const bool person = party.person_id.has_value();
  const std::int64_t id = person ? *party.person_id : party.organisation_id.value_or(0);
  if (!id) return ok_status();  // the rules named it already
  SAMLA_ASSIGN(auto found, s.query(person ? "SELECT 1 FROM people WHERE id = ?"
                                          : "SELECT 1 FROM organisations WHERE id = ?",
                                   {id}));
  if (found.empty())
    errors.emplace_back(field + (person ? ".person_id" : ".organisation_id"),
                        person ? Msg::no_person_with_id : Msg::no_organisation_with_id,
                        MessageParams{{"id", std::to_string(id)}});
  return ok_status();
}

}  // namespace internal

namespace {

using internal::kActionRecord;
using internal::kNoSuchAction;
using nlohmann::json;
using storage::Session;

constexpr const char* kSelectAction =
    "SELECT a.id, a.plan_id, a.outcome_id, COALESCE(o.event_id, p.event_id), a.title, "
    "a.description, a.themes, a.accountable_person_id, a.accountable_organisation_id, "
    "COALESCE(ap.name, ao.name), a.start_date, a.due_date, a.status, a.dropped_reason, "
    "a.progress, a.indicators, a.last_update_at, a.created_by, a.created_at, a.updated_at, "
    "a.version FROM actions a JOIN action_plans p ON p.id = a.plan_id "
    "LEFT JOIN outcomes o ON o.id = a.outcome_id "
    "LEFT JOIN people ap ON ap.id = a.accountable_person_id "
    "LEFT JOIN organisations ao ON ao.id = a.accountable_organisation_id ";

std::vector<std::string> json_texts(const std::string& text) {
  std::vector<std::string> out;
  json list = json::parse(text, nullptr, false);
  if (list.is_array())
    for (const auto& t : list)
      if (t.is_string()) out.push_back(t.get<std::string>());
  return out;
}

json indicators_json(const std::vector<Indicator>& indicators) {
  json out = json::array();
  for (const auto& i : indicators) {
    json measurements = json::array();
    for (const auto& m : i.measurements)
      measurements.push_back({{"date", m.date}, {"value", m.value}, {"note", m.note}});
    out.push_back({{"id", i.id},
                   {"name", i.name},
                   {"unit", i.unit},
                   {"direction", i.direction},
                   {"baseline", i.baseline ? json(*i.baseline) : json(nullptr)},
                   {"target", i.target ? json(*i.target) : json(nullptr)},
                   {"measurements", measurements}});
  }
  return out;
}

std::vector<Indicator> indicators_from(const std::string& text) {
  std::vector<Indicator> out;
  json list = json::parse(text, nullptr, false);
  if (!list.is_array()) return out;
  for (const auto& j : list) {
    Indicator i;
    i.id = j.value("id", std::int64_t{0});
    i.name = j.value("name", "");
    i.unit = j.value("unit", "");
    i.direction = j.value("direction", "increase");
    if (j.contains("baseline") && j["baseline"].is_number())
      i.baseline = j["baseline"].get<double>();
    if (j.contains("target") && j["target"].is_number()) i.target = j["target"].get<double>();
    for (const auto& m : j.value("measurements", json::array()))
      i.measurements.push_back({m.value("date", ""), m.value("value", 0.0), m.value("note", "")});
    out.push_back(std::move(i));
  }
  return out;
}

Action read_action(const storage::Row& r) {
  Action a;
  storage::read_columns(r, 0, a.id, a.plan_id, a.outcome_id, a.event_id, a.title, a.description);
  a.themes = json_texts(r.text(6));
  Party accountable;
  storage::read_columns(r, 7, accountable.person_id, accountable.organisation_id, accountable.name);
  if (accountable.person_id || accountable.organisation_id) a.accountable = accountable;
  storage::read_columns(r, 10, a.start_date, a.due_date, a.status, a.dropped_reason, a.progress);
  a.indicators = indicators_from(r.text(15));
  storage::read_columns(r, 16, a.last_update_at, a.created_by, a.created_at, a.updated_at,
                        a.version);
  return a;
}

// The WHERE clause of `f` over kSelectAction's names, with its parameters.
std::string where_of(const ActionFilter& f, storage::Params& params) {
  std::string where = " WHERE 1 = 1";
  auto add = [&](const std::string& clause, std::initializer_list<storage::Value> values) {
    where += " AND " + clause;
    params.insert(params.end(), values);
  };
  if (f.plan_id) add("a.plan_id = ?", {*f.plan_id});
  if (f.group_id) add("p.group_id = ?", {*f.group_id});
  if (f.event_id) add("COALESCE(o.event_id, p.event_id) = ?", {*f.event_id});
  if (f.status) add("a.status = ?", {*f.status});
  if (f.open_only) add("a.status NOT IN ('done', 'dropped')", {});
  if (f.due_before) add("a.due_date < ?", {*f.due_before});
  if (!f.updated_before_in_programmes.empty()) {
    std::string any;
    for (const auto& [programmes, day] : f.updated_before_in_programmes) {
      std::string in;
      for (std::int64_t id : programmes) {
        in += in.empty() ? "?" : ", ?";
        params.emplace_back(id);
      }
      params.emplace_back(day);
      any += (any.empty() ? "(" : " OR (") + std::string("p.programme_id IN (") + in +
             ") AND a.last_update_at < ?)";
    }
    where += " AND (" + any + ")";
  }
  if (f.theme) add("(p.theme = ? OR a.themes LIKE ?)", {*f.theme, "%\"" + *f.theme + "\"%"});
  if (f.person_id)
    add("(a.accountable_person_id = ? OR EXISTS (SELECT 1 FROM action_parties x WHERE "
        "x.action_id = a.id AND x.role = 'responsible' AND x.person_id = ?))",
        {*f.person_id, *f.person_id});
  if (f.involved_person_id)
    add("(a.accountable_person_id = ? OR EXISTS (SELECT 1 FROM action_parties x WHERE "
        "x.action_id = a.id AND x.person_id = ?))",
        {*f.involved_person_id, *f.involved_person_id});
  // An organisation's actions: those it answers for or carries out, itself or through its
  // people.
  if (f.organisation_id)
    add("(a.accountable_organisation_id = ? OR a.accountable_person_id IN (SELECT id FROM "
        "people WHERE organisation_id = ?) OR EXISTS (SELECT 1 FROM action_parties x LEFT JOIN "
        "people xp ON xp.id = x.person_id WHERE x.action_id = a.id AND x.role = 'responsible' "
        "AND (x.organisation_id = ? OR xp.organisation_id = ?)))",
        {*f.organisation_id, *f.organisation_id, *f.organisation_id, *f.organisation_id});
  return where;
}

// The ids of the actions `where` selects, as a subquery.
std::string ids_where(const std::string& where) {
  return "(SELECT a.id FROM actions a JOIN action_plans p ON p.id = a.plan_id LEFT JOIN outcomes "
         "o ON o.id = a.outcome_id" +
         where + ")";
}

// The ids of `actions` as a list for IN (whole numbers read from the database).
std::string ids_of(const std::vector<Action>& actions) {
  std::string out = "(";
  for (const auto& a : actions) out += (out.size() > 1 ? ", " : "") + std::to_string(a.id);
  return out + ")";
}

// Fills in the parties and dependencies of `actions`, whose ids `ids` selects (with `params`).
Status fill_details(Session& s, std::vector<Action>& actions, const std::string& ids,
                    const storage::Params& params) {
  if (actions.empty()) return ok_status();
  std::map<std::int64_t, Action*> by_id;
  for (auto& a : actions) by_id[a.id] = &a;
  SAMLA_ASSIGN(auto parties, s.query("SELECT x.action_id, x.role, x.person_id, x.organisation_id, "
                                     "COALESCE(pp.name, po.name) FROM action_parties x "
                                     "LEFT JOIN people pp ON pp.id = x.person_id "
                                     "LEFT JOIN organisations po ON po.id = x.organisation_id "
                                     "WHERE x.action_id IN " +
                                         ids + " ORDER BY x.action_id, x.role, x.position",
                                     params));
  for (const auto& r : parties) {
    auto a = by_id.find(r.integer(0));
    if (a == by_id.end()) continue;
    Party party;
    storage::read_columns(r, 2, party.person_id, party.organisation_id, party.name);
    const std::string role = r.text(1);
    (role == "responsible" ? a->second->responsible
     : role == "consulted" ? a->second->consulted
                           : a->second->informed)
        .push_back(std::move(party));
  }
  SAMLA_ASSIGN(auto dependencies,
               s.query("SELECT action_id, depends_on_id FROM action_dependencies WHERE "
                       "action_id IN " +
                           ids + " ORDER BY action_id, depends_on_id",
                       params));
  for (const auto& r : dependencies) {
    auto a = by_id.find(r.integer(0));
    if (a != by_id.end()) a->second->depends_on.push_back(r.integer(1));
  }
  return ok_status();
}

// Every action's dependencies but `except`'s: the graph a new set of dependencies joins.
Result<std::map<std::int64_t, std::vector<std::int64_t>>> dependency_graph(Session& s,
                                                                           std::int64_t except) {
  std::map<std::int64_t, std::vector<std::int64_t>> edges;
  SAMLA_ASSIGN(auto rows, s.query("SELECT action_id, depends_on_id FROM action_dependencies "
                                  "WHERE action_id <> ?",
                                  {except}));
  for (const auto& r : rows) edges[r.integer(0)].push_back(r.integer(1));
  return edges;
}

// The rules, then the references: plan, themes, parties, dependencies (existing, no cycle).
Status check(Session& s, const Action& a) {
  std::vector<FieldError> errors = check_action(a);
  SAMLA_ASSIGN(auto plan, s.query("SELECT 1 FROM action_plans WHERE id = ?", {a.plan_id}));
  if (plan.empty())
    errors.emplace_back("plan_id", Msg::no_plan_with_id,
                        MessageParams{{"id", std::to_string(a.plan_id)}});
  for (const auto& slug : a.themes) SAMLA_TRY(internal::check_theme(s, "themes", slug, errors));
  if (a.accountable) SAMLA_TRY(internal::check_party(s, "accountable", *a.accountable, errors));
  for (auto [field, list] :
       {std::pair{"responsible", &a.responsible}, std::pair{"consulted", &a.consulted},
        std::pair{"informed", &a.informed}})
    for (std::size_t i = 0; i < list->size(); ++i)
      SAMLA_TRY(internal::check_party(s, std::string(field) + "[" + std::to_string(i) + "]",
                                      (*list)[i], errors));
  bool dependencies_exist = true;
  for (std::int64_t d : a.depends_on) {
    if (d == a.id) continue;  // the rules named it
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM actions WHERE id = ?", {d}));
    if (found.empty()) {
      dependencies_exist = false;
      errors.emplace_back("depends_on", Msg::no_action_with_id,
                          MessageParams{{"id", std::to_string(d)}});
    }
  }
  if (dependencies_exist && a.id && !a.depends_on.empty()) {
    SAMLA_ASSIGN(auto edges, dependency_graph(s, a.id));
    auto cycle = dependency_cycle(edges, a.id, a.depends_on);
    if (!cycle.empty() && cycle.size() > 2)
      errors.emplace_back("depends_on", Msg::dependency_cycle,
                          MessageParams{{"cycle", cycle_text(cycle)}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

// New indicators get ids after the highest kept one; measurements go in date order.
void number_indicators(std::vector<Indicator>& indicators) {
  std::int64_t next = 0;
  for (const auto& i : indicators) next = std::max(next, i.id);
  for (auto& i : indicators) {
    if (i.id == 0) i.id = ++next;
    std::stable_sort(i.measurements.begin(), i.measurements.end(),
                     [](const Measurement& x, const Measurement& y) { return x.date < y.date; });
  }
}

Status write_details(Session& s, const Action& a) {
  SAMLA_TRY(s.execute("DELETE FROM action_parties WHERE action_id = ?", {a.id}));
  SAMLA_TRY(s.execute("DELETE FROM action_dependencies WHERE action_id = ?", {a.id}));
  for (auto [role, list] :
       {std::pair{"responsible", &a.responsible}, std::pair{"consulted", &a.consulted},
        std::pair{"informed", &a.informed}}) {
    std::int64_t position = 0;
    for (const auto& party : *list)
      SAMLA_TRY(
          s.execute("INSERT INTO action_parties (action_id, role, position, person_id, "
                    "organisation_id) VALUES (?, ?, ?, ?, ?)",
                    {a.id, std::string(role), ++position, storage::nullable(party.person_id),
                     storage::nullable(party.organisation_id)}));
  }
  std::vector<std::int64_t> seen;
  for (std::int64_t d : a.depends_on) {
    if (std::find(seen.begin(), seen.end(), d) != seen.end()) continue;
    seen.push_back(d);
    SAMLA_TRY(s.execute("INSERT INTO action_dependencies (action_id, depends_on_id) VALUES (?, ?)",
                        {a.id, d}));
  }
  return ok_status();
}

}  // namespace

Result<std::vector<Action>> list_actions(Session& s, const ActionFilter& filter) {
  storage::Params params;
  const std::string where = where_of(filter, params);
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectAction) + where +
                                      " ORDER BY a.due_date IS NULL, a.due_date, a.id",
                                  params));
  auto actions = storage::read_rows(rows, read_action);
  SAMLA_TRY(fill_details(s, actions, ids_where(where), params));
  return actions;
}

Result<Page<Action>> page_actions(Session& s, const ActionFilter& filter, int limit,
                                  const std::optional<BoardCursor>& after) {
  storage::Params params;
  std::string where = where_of(filter, params);
  Page<Action> page;
  SAMLA_ASSIGN(auto count, s.query_one("SELECT COUNT(*) FROM actions a JOIN action_plans p ON "
                                       "p.id = a.plan_id LEFT JOIN outcomes o ON o.id = "
                                       "a.outcome_id" +
                                           where,
                                       params));
  page.total = count.integer(0);
  if (after && after->due) {
    where += " AND (a.due_date IS NULL OR a.due_date > ? OR (a.due_date = ? AND a.id > ?))";
    params.insert(params.end(), {*after->due, *after->due, after->id});
  } else if (after) {
    where += " AND a.due_date IS NULL AND a.id > ?";
    params.push_back(after->id);
  }
  // One more than the page, to know whether another follows.
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectAction) + where +
                                      " ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT " +
                                      std::to_string(limit + 1),
                                  params));
  page.items = storage::read_rows(rows, read_action);
  if (page.items.size() > static_cast<std::size_t>(limit)) {
    page.items.resize(static_cast<std::size_t>(limit));
    page.next = board_cursor(page.items.back());
  }
  SAMLA_TRY(fill_details(s, page.items, ids_of(page.items), {}));
  return page;
}

Result<Action> get_action(Session& s, std::int64_t id) {
  storage::Params params{id};
  const std::string where = " WHERE a.id = ?";
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelectAction) + where, params, kNoSuchAction));
  std::vector<Action> one{read_action(row)};
  SAMLA_TRY(fill_details(s, one, ids_where(where), params));
  return one.front();
}

Result<Action> insert_action(Session& s, Action a, const access::Principal& actor) {
  a.id = 0;
  SAMLA_TRY(check(s, a));
  number_indicators(a.indicators);
  const std::string now = now_iso8601();
  const Party accountable = a.accountable.value_or(Party{});
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO actions (plan_id, outcome_id, title, description, themes, "
                  "accountable_person_id, accountable_organisation_id, start_date, due_date, "
                  "status, dropped_reason, progress, indicators, last_update_at, created_by, "
                  "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "'proposed', '', 0, ?, ?, ?, ?, ?, 1) RETURNING id",
                  {a.plan_id, storage::nullable(a.outcome_id), a.title, a.description,
                   json(a.themes).dump(), storage::nullable(accountable.person_id),
                   storage::nullable(accountable.organisation_id), storage::nullable(a.start_date),
                   storage::nullable(a.due_date), indicators_json(a.indicators).dump(), now,
                   actor.name, now, now}));
  a.id = row.integer(0);
  SAMLA_TRY(write_details(s, a));
  SAMLA_TRY(
      s.execute("INSERT INTO action_updates (action_id, at, by_user, status_from, "
                "status_to, progress_from, progress_to, note) VALUES (?, ?, ?, NULL, "
                "'proposed', NULL, 0, '')",
                {a.id, now, actor.name}));
  SAMLA_ASSIGN(Action created, get_action(s, a.id));
  SAMLA_TRY(access::audit_created(s, kActionRecord, created.id, to_json(created), actor));
  return created;
}

Result<Action> update_action(Session& s, std::int64_t id, Action next,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor) {
  SAMLA_ASSIGN(Action before,
               access::read_for_change(s, id, expected_version, kActionRecord, get_action));
  next.id = id;
  SAMLA_TRY(check(s, next));
  number_indicators(next.indicators);
  const Party accountable = next.accountable.value_or(Party{});
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE actions SET plan_id = ?, title = ?, description = ?, themes = ?, "
      "accountable_person_id = ?, accountable_organisation_id = ?, start_date = ?, due_date = ?, "
      "indicators = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {next.plan_id, next.title, next.description, json(next.themes).dump(),
       storage::nullable(accountable.person_id), storage::nullable(accountable.organisation_id),
       storage::nullable(next.start_date), storage::nullable(next.due_date),
       indicators_json(next.indicators).dump(), now_iso8601(), id, before.version},
      kActionRecord.what));
  SAMLA_TRY(write_details(s, next));
  SAMLA_ASSIGN(Action after, get_action(s, id));
  SAMLA_TRY(access::audit_changed(s, kActionRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_action(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                     const access::Principal& actor) {
  SAMLA_ASSIGN(Action before,
               access::read_for_change(s, id, expected_version, kActionRecord, get_action));
  return access::delete_record(s, kActionRecord, id, before.version, to_json(before), actor);
}

bool carries(const Action& a, std::int64_t person_id) {
  if (a.accountable && a.accountable->person_id == person_id) return true;
  for (const auto& p : a.responsible)
    if (p.person_id == person_id) return true;
  return false;
}

bool involves(const Action& a, std::int64_t person_id) {
  if (carries(a, person_id)) return true;
  for (const auto* list : {&a.consulted, &a.informed})
    for (const auto& p : *list)
      if (p.person_id == person_id) return true;
  return false;
}

}  // namespace samla::actions::store
