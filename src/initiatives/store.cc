#include "initiatives/store.h"

#include <nlohmann/json.hpp>

#include <map>

#include "access/audit.h"
#include "access/records.h"
#include "actions/store.h"
#include "initiatives/rules.h"
#include "initiatives/scores.h"
#include "initiatives/wire.h"
#include "programme/store.h"
#include "storage/references.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::initiatives::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr access::RecordKind kInitiativeRecord{"initiatives", "initiative", "initiative"};

constexpr const char* kSelect =
    "SELECT i.id, i.programme_id, i.title, i.description, i.workstream_id, w.name, i.themes, "
    "i.proposer_person_id, p.name, i.proposed_by, i.source_event_id, i.source_outcome_id, "
    "i.status, i.status_reason, i.action_plan_id, i.group_id, i.created_by, i.created_at, "
    "i.updated_at, i.version FROM initiatives i "
    "LEFT JOIN programme_workstreams w ON w.programme_id = i.programme_id AND w.id = "
    "i.workstream_id LEFT JOIN people p ON p.id = i.proposer_person_id ";

Initiative read_initiative(const storage::Row& r) {
  Initiative i;
  storage::read_columns(r, 0, i.id, i.programme_id, i.title, i.description, i.workstream_id,
                        i.workstream_name);
  const json themes = json::parse(r.text(6), nullptr, false);
  if (themes.is_array())
    for (const auto& t : themes)
      if (t.is_string()) i.themes.push_back(t.get<std::string>());
  storage::read_columns(r, 7, i.proposer_person_id, i.proposer_name, i.proposed_by,
                        i.source_event_id, i.source_outcome_id, i.status, i.status_reason,
                        i.action_plan_id, i.group_id, i.created_by, i.created_at, i.updated_at,
                        i.version);
  return i;
}

Rating read_rating(const storage::Row& r) {
  Rating x;
  storage::read_columns(r, 0, x.user_id, x.rater_name, x.impact, x.feasibility, x.urgency, x.fit,
                        x.note, x.rated_at);
  return x;
}

constexpr const char* kSelectRatings =
    "SELECT user_id, rater_name, impact, feasibility, urgency, fit, note, rated_at FROM "
    "initiative_ratings ";

// Each initiative's score under its programme's weights, and `user_id`'s own rating.
Status fill_scores(Session& s, std::vector<Initiative>& list, std::int64_t user_id) {
  std::map<std::int64_t, Weights> weights;
  for (auto& i : list) {
    if (!weights.contains(*i.programme_id)) {
      SAMLA_ASSIGN(weights[*i.programme_id], get_weights(s, *i.programme_id));
    }
    SAMLA_ASSIGN(auto ratings, list_ratings(s, i.id));
    i.score = score(ratings, weights[*i.programme_id]);
    for (const auto& r : ratings)
      if (r.user_id == user_id) i.my_rating = r;
  }
  return ok_status();
}

// The rules, then the references: the workstream of its programme, the proposer, the event and
// outcome it came from, the themes, the plan and the group it leads to.
Status check(Session& s, const Initiative& i, std::int64_t programme_id) {
  std::vector<FieldError> errors = check_initiative(i);
  if (i.workstream_id) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM programme_workstreams WHERE programme_id = ? "
                                     "AND id = ?",
                                     {programme_id, *i.workstream_id}));
    if (found.empty())
      errors.emplace_back("workstream_id", Msg::no_workstream_with_id,
                          MessageParams{{"id", std::to_string(*i.workstream_id)}});
  }
  if (i.proposer_person_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM people WHERE id = ?",
                                              *i.proposer_person_id, "proposer_person_id",
                                              Msg::no_person_with_id, errors));
  if (i.source_event_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM events WHERE id = ?",
                                              *i.source_event_id, "source_event_id",
                                              Msg::no_event_with_id, errors));
  if (i.source_outcome_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM outcomes WHERE id = ?",
                                              *i.source_outcome_id, "source_outcome_id",
                                              Msg::no_outcome_with_id, errors));
  if (i.action_plan_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM action_plans WHERE id = ?",
                                              *i.action_plan_id, "action_plan_id",
                                              Msg::no_plan_with_id, errors));
  if (i.group_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM follow_up_groups WHERE id = ?",
                                              *i.group_id, "group_id", Msg::no_group_with_id,
                                              errors));
  for (const auto& slug : i.themes) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM themes WHERE slug = ?", {slug}));
    if (found.empty())
      errors.emplace_back("themes", Msg::no_theme_with_slug, MessageParams{{"slug", slug}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

Result<Initiative> get_plain(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelect) + "WHERE i.id = ?", {id}, Msg::no_such_initiative));
  return read_initiative(row);
}

// Writes the initiative's row at the next version, as `next` says.
Status write_row(Session& s, const Initiative& before, const Initiative& next) {
  return storage::execute_versioned(
      s,
      "UPDATE initiatives SET programme_id = ?, title = ?, description = ?, workstream_id = ?, "
      "themes = ?, proposer_person_id = ?, proposed_by = ?, source_event_id = ?, "
      "source_outcome_id = ?, status = ?, status_reason = ?, action_plan_id = ?, group_id = ?, "
      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {*next.programme_id, next.title, next.description, storage::nullable(next.workstream_id),
       json(next.themes).dump(), storage::nullable(next.proposer_person_id), next.proposed_by,
       storage::nullable(next.source_event_id), storage::nullable(next.source_outcome_id),
       next.status, storage::nullable(next.status_reason), storage::nullable(next.action_plan_id),
       storage::nullable(next.group_id), now_iso8601(), before.id, before.version},
      kInitiativeRecord.what);
}

Result<Initiative> changed(Session& s, const Initiative& before, const access::Principal& actor,
                           std::string_view action) {
  SAMLA_ASSIGN(Initiative after, get_initiative(s, before.id, actor.user_id));
  SAMLA_TRY(access::audit_changed(s, kInitiativeRecord, before.id, to_json(before), to_json(after),
                                  actor, action));
  return after;
}

Result<Initiative> read_for_change(Session& s, std::int64_t id,
                                   std::optional<std::int64_t> expected) {
  SAMLA_ASSIGN(Initiative before, get_plain(s, id));
  SAMLA_TRY(access::check_version(before.version, expected));
  return before;
}

}  // namespace

Result<std::vector<Initiative>> list_initiatives(Session& s, const ListFilter& filter,
                                                 std::int64_t user_id) {
  std::string sql = std::string(kSelect) + "WHERE 1 = 1";
  storage::Params params;
  if (filter.programme_id) {
    sql += " AND i.programme_id = ?";
    params.emplace_back(*filter.programme_id);
  }
  if (filter.status) {
    sql += " AND i.status = ?";
    params.emplace_back(*filter.status);
  }
  SAMLA_ASSIGN(auto rows, s.query(sql + " ORDER BY i.id", params));
  auto list = storage::read_rows(rows, read_initiative);
  SAMLA_TRY(fill_scores(s, list, user_id));
  rank(list);
  return list;
}

Result<Initiative> get_initiative(Session& s, std::int64_t id, std::int64_t user_id) {
  SAMLA_ASSIGN(Initiative i, get_plain(s, id));
  std::vector<Initiative> one{std::move(i)};
  SAMLA_TRY(fill_scores(s, one, user_id));
  return std::move(one.front());
}

Result<Initiative> insert_initiative(Session& s, Initiative i, const access::Principal& actor) {
  SAMLA_ASSIGN(const std::int64_t programme, programme::store::programme_for(s, i.programme_id));
  SAMLA_TRY(check(s, i, programme));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO initiatives (programme_id, title, description, workstream_id, "
                  "themes, proposer_person_id, proposed_by, source_event_id, source_outcome_id, "
                  "status, action_plan_id, group_id, created_by, created_at, updated_at, version) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?, 1) RETURNING id",
                  {programme, i.title, i.description, storage::nullable(i.workstream_id),
                   json(i.themes).dump(), storage::nullable(i.proposer_person_id), i.proposed_by,
                   storage::nullable(i.source_event_id), storage::nullable(i.source_outcome_id),
                   storage::nullable(i.action_plan_id), storage::nullable(i.group_id), actor.name,
                   now, now}));
  SAMLA_ASSIGN(Initiative created, get_initiative(s, row.integer(0), actor.user_id));
  SAMLA_TRY(access::audit_created(s, kInitiativeRecord, created.id, to_json(created), actor));
  return created;
}

Result<Initiative> update_initiative(Session& s, std::int64_t id, Initiative next,
                                     std::optional<std::int64_t> expected_version,
                                     const access::Principal& actor) {
  SAMLA_ASSIGN(Initiative before, read_for_change(s, id, expected_version));
  SAMLA_ASSIGN(next.programme_id,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  SAMLA_TRY(check(s, next, *next.programme_id));
  next.status = before.status;
  next.status_reason = before.status_reason;
  next.action_plan_id = before.action_plan_id;  // made by make_plan, not by an edit
  SAMLA_TRY(write_row(s, before, next));
  return changed(s, before, actor, "update");
}

Status delete_initiative(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                         const access::Principal& actor) {
  SAMLA_ASSIGN(Initiative before, read_for_change(s, id, expected_version));
  return access::delete_record(s, kInitiativeRecord, id, before.version, to_json(before), actor);
}

Result<Initiative> insert_from_outcome(Session& s, std::int64_t outcome_id,
                                       const access::Principal& actor) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT o.event_id, o.text, o.themes, e.programme_id FROM "
                                  "outcomes o JOIN events e ON e.id = o.event_id WHERE o.id = ?",
                                  {outcome_id}));
  if (rows.empty())
    return invalid_field("outcome_id", Msg::no_outcome_with_id,
                         {{"id", std::to_string(outcome_id)}});
  const auto& r = rows.front();
  Initiative i;
  i.source_event_id = r.integer(0);
  i.source_outcome_id = outcome_id;
  // The first line (at most 300 characters) names it; the whole text describes it.
  const std::string text = r.text(1);
  std::string title = text.substr(0, text.find('\n'));
  if (title.size() > 300) {
    std::size_t cut = 297;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    title = title.substr(0, cut) + "…";
  }
  i.title = title;
  i.description = text.size() > 4000 ? std::string() : text;
  const json themes = json::parse(r.text(2), nullptr, false);
  if (themes.is_array())
    for (const auto& t : themes)
      if (t.is_string()) i.themes.push_back(t.get<std::string>());
  i.programme_id = r.optional_integer(3);
  return insert_initiative(s, std::move(i), actor);
}

Result<Initiative> put_rating(Session& s, std::int64_t id, Rating r,
                              const access::Principal& actor) {
  SAMLA_ASSIGN(Initiative current, get_plain(s, id));
  if (current.status != "proposed")
    return make_error(ErrorCode::conflict, Msg::initiative_not_proposed,
                      {{"status", current.status}});
  if (auto errors = check_rating(r); !errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_TRY(s.execute("DELETE FROM initiative_ratings WHERE initiative_id = ? AND user_id = ?",
                      {id, actor.user_id}));
  SAMLA_TRY(
      s.execute("INSERT INTO initiative_ratings (initiative_id, user_id, rater_name, impact, "
                "feasibility, urgency, fit, note, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?)",
                {id, actor.user_id, actor.name, std::int64_t{r.impact}, std::int64_t{r.feasibility},
                 std::int64_t{r.urgency}, std::int64_t{r.fit}, r.note, now_iso8601()}));
  const json after = {{"impact", r.impact},
                      {"feasibility", r.feasibility},
                      {"urgency", r.urgency},
                      {"fit", r.fit},
                      {"note", r.note}};
  SAMLA_TRY(
      access::record_change(s, actor, "rate", "initiative", std::to_string(id), nullptr, &after));
  return get_initiative(s, id, actor.user_id);
}

Result<Initiative> delete_rating(Session& s, std::int64_t id, const access::Principal& actor) {
  SAMLA_ASSIGN(Initiative current, get_plain(s, id));
  if (current.status != "proposed")
    return make_error(ErrorCode::conflict, Msg::initiative_not_proposed,
                      {{"status", current.status}});
  SAMLA_ASSIGN(auto gone, s.execute("DELETE FROM initiative_ratings WHERE initiative_id = ? AND "
                                    "user_id = ?",
                                    {id, actor.user_id}));
  if (gone == 0) return make_error(ErrorCode::not_found, Msg::no_rating_yet);
  SAMLA_TRY(access::record_change(s, actor, "unrate", "initiative", std::to_string(id), nullptr,
                                  nullptr));
  return get_initiative(s, id, actor.user_id);
}

Result<std::vector<Rating>> list_ratings(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectRatings) +
                                      "WHERE initiative_id = ? ORDER BY rated_at, user_id",
                                  {id}));
  return storage::read_rows(rows, read_rating);
}

Result<Initiative> set_status(Session& s, std::int64_t id, const std::string& to,
                              const std::string& reason,
                              std::optional<std::int64_t> expected_version,
                              const access::Principal& actor) {
  SAMLA_ASSIGN(Initiative before, read_for_change(s, id, expected_version));
  std::vector<FieldError> errors;
  if (std::find(statuses().begin(), statuses().end(), to) == statuses().end())
    errors.emplace_back("to", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(statuses())}});
  else if (to == before.status)
    errors.emplace_back("to", Msg::initiative_already, MessageParams{{"status", to}});
  if (to == "declined" && is_blank(reason))
    errors.emplace_back("reason", Msg::reason_required_to_decline);
  check_optional_text("reason", reason, 2000, errors);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  Initiative next = before;
  next.status = to;
  next.status_reason = reason.empty() ? std::nullopt : std::optional<std::string>(reason);
  SAMLA_TRY(write_row(s, before, next));
  return changed(s, before, actor, to);
}

Result<Initiative> make_plan(Session& s, std::int64_t id,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor) {
  SAMLA_ASSIGN(Initiative before, read_for_change(s, id, expected_version));
  if (before.status != "accepted")
    return make_error(ErrorCode::conflict, Msg::initiative_not_accepted);
  if (before.action_plan_id) return make_error(ErrorCode::conflict, Msg::initiative_has_plan);
  actions::ActionPlan plan;
  plan.title = before.title;
  plan.description = before.description;
  plan.programme_id = before.programme_id;
  if (before.source_event_id)
    plan.event_id = before.source_event_id;
  else if (!before.themes.empty())
    plan.theme = before.themes.front();
  else
    return invalid_field("themes", Msg::initiative_plan_needs_home);
  SAMLA_ASSIGN(actions::ActionPlan made, actions::store::insert_plan(s, std::move(plan), actor));
  Initiative next = before;
  next.action_plan_id = made.id;
  SAMLA_TRY(write_row(s, before, next));
  return changed(s, before, actor, "plan");
}

Result<Weights> get_weights(Session& s, std::int64_t programme_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT impact, feasibility, urgency, fit, updated_at, "
                                  "updated_by, version FROM initiative_weights WHERE "
                                  "programme_id = ?",
                                  {programme_id}));
  Weights w;
  w.programme_id = programme_id;
  if (!rows.empty())
    storage::read_columns(rows.front(), 0, w.impact, w.feasibility, w.urgency, w.fit, w.updated_at,
                          w.updated_by, w.version);
  return w;
}

Result<Weights> put_weights(Session& s, std::int64_t programme_id, Weights w,
                            std::optional<std::int64_t> expected_version,
                            const access::Principal& actor) {
  SAMLA_TRY(programme::store::get_programme(s, programme_id));
  SAMLA_ASSIGN(Weights before, get_weights(s, programme_id));
  SAMLA_TRY(access::check_version(before.version, expected_version));
  if (auto errors = check_weights(w); !errors.empty()) return invalid_fields(std::move(errors));
  const std::string now = now_iso8601();
  if (before.version == 0)
    SAMLA_TRY(
        s.execute("INSERT INTO initiative_weights (programme_id, impact, feasibility, "
                  "urgency, fit, updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, "
                  "?, ?, 1)",
                  {programme_id, std::int64_t{w.impact}, std::int64_t{w.feasibility},
                   std::int64_t{w.urgency}, std::int64_t{w.fit}, now, actor.name}));
  else
    SAMLA_TRY(storage::execute_versioned(
        s,
        "UPDATE initiative_weights SET impact = ?, feasibility = ?, urgency = ?, fit = ?, "
        "updated_at = ?, updated_by = ?, version = version + 1 WHERE programme_id = ? AND "
        "version = ?",
        {std::int64_t{w.impact}, std::int64_t{w.feasibility}, std::int64_t{w.urgency},
         std::int64_t{w.fit}, now, actor.name, programme_id, before.version},
        "weights"));
  SAMLA_ASSIGN(Weights after, get_weights(s, programme_id));
  const json before_json = to_json(before), after_json = to_json(after);
  SAMLA_TRY(access::record_change(s, actor, "update", "initiative_weights",
                                  std::to_string(programme_id), &before_json, &after_json));
  return after;
}

}  // namespace samla::initiatives::store
