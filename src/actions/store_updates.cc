// An action's timeline (changes of status and progress with their notes), the promotion of an
// event's action point to an action, and the settings.
#include <nlohmann/json.hpp>

#include "actions/rules.h"
#include "actions/store.h"
#include "actions/store_internal.h"
#include "actions/wire.h"
#include "events/store.h"
#include "outcomes/store.h"
#include "programme/store.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::actions::store {
namespace {

using internal::kActionRecord;
using nlohmann::json;
using storage::Session;

constexpr access::RecordKind kSettingsRecord{"action_settings", "action_settings",
                                             "action settings"};

storage::Value nullable_int(const std::optional<int>& v) {
  return v ? storage::Value{std::int64_t{*v}} : storage::Value{nullptr};
}

// The first line of `text`, at most 300 characters (whole UTF-8 sequences): a title.
std::string title_from(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  if (line.size() <= kMaxTitle) return line;
  std::size_t cut = kMaxTitle - 1;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  return line.substr(0, cut) + "…";
}

}  // namespace

Result<Action> add_update(Session& s, std::int64_t id, const UpdateRequest& update,
                          std::optional<std::int64_t> expected_version,
                          const access::Principal& actor) {
  SAMLA_ASSIGN(Action before,
               access::read_for_change(s, id, expected_version, kActionRecord, get_action));
  auto errors = check_update(before, update);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  const std::string status = update.status.value_or(before.status);
  // Done means all of it, unless the update says otherwise.
  int progress = update.progress.value_or(status == "done" ? 100 : before.progress);
  const std::string reason = status == "dropped" ? update.dropped_reason : before.dropped_reason;
  const std::string now = now_iso8601();
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE actions SET status = ?, progress = ?, dropped_reason = ?, last_update_at = ?, "
      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {status, std::int64_t{progress}, reason, now, now, id, before.version}, kActionRecord.what));
  const bool status_changed = status != before.status,
             progress_changed = progress != before.progress;
  SAMLA_TRY(s.execute(
      "INSERT INTO action_updates (action_id, at, by_user, status_from, status_to, "
      "progress_from, progress_to, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {id, now, actor.name,
       status_changed ? storage::Value{before.status} : storage::Value{nullptr},
       status_changed ? storage::Value{status} : storage::Value{nullptr},
       nullable_int(progress_changed ? std::optional<int>(before.progress) : std::nullopt),
       nullable_int(progress_changed ? std::optional<int>(progress) : std::nullopt), update.note}));
  SAMLA_ASSIGN(Action after, get_action(s, id));
  SAMLA_TRY(access::audit_changed(s, kActionRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Result<std::vector<ActionUpdate>> list_updates(Session& s, std::int64_t action_id) {
  SAMLA_TRY(get_action(s, action_id));  // 404 for no such action
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, action_id, at, by_user, status_from, status_to, "
                                  "progress_from, progress_to, note FROM action_updates WHERE "
                                  "action_id = ? ORDER BY id",
                                  {action_id}));
  return storage::read_rows(rows, [](const storage::Row& r) {
    ActionUpdate u;
    storage::read_columns(r, 0, u.id, u.action_id, u.at, u.by, u.status_from, u.status_to);
    if (!r.is_null(6)) u.progress_from = static_cast<int>(r.integer(6));
    if (!r.is_null(7)) u.progress_to = static_cast<int>(r.integer(7));
    u.note = r.text(8);
    return u;
  });
}

Result<Action> promote(Session& s, std::int64_t event_id, std::int64_t outcome_id,
                       std::optional<std::int64_t> plan_id, const access::Principal& actor) {
  SAMLA_ASSIGN(outcomes::Outcome point, outcomes::store::get_outcome(s, event_id, outcome_id));
  if (point.kind != "action_point") return invalid_field("outcome_id", Msg::not_an_action_point);
  SAMLA_ASSIGN(auto promoted, s.query("SELECT id FROM actions WHERE outcome_id = ?", {outcome_id}));
  if (!promoted.empty())
    return make_error(ErrorCode::conflict, Msg::action_point_promoted,
                      {{"id", std::to_string(promoted.front().integer(0))}});
  Action a;
  if (plan_id) {
    a.plan_id = *plan_id;
  } else {
    SAMLA_ASSIGN(auto plans,
                 s.query("SELECT id FROM action_plans WHERE event_id = ? ORDER BY id", {event_id}));
    if (!plans.empty()) {
      a.plan_id = plans.front().integer(0);
    } else {
      SAMLA_ASSIGN(events::Event event, events::store::get_event(s, event_id));
      ActionPlan plan;
      plan.title = title_from(event.title);
      plan.event_id = event_id;
      SAMLA_ASSIGN(ActionPlan made, insert_plan(s, plan, actor));
      a.plan_id = made.id;
    }
  }
  a.outcome_id = outcome_id;
  a.title = title_from(point.text);
  a.description = point.text;
  a.themes = point.themes;
  if (point.owner_person_id || point.owner_organisation_id)
    a.accountable = Party{point.owner_person_id, point.owner_organisation_id, std::nullopt};
  a.due_date = point.due_date;
  return insert_action(s, std::move(a), actor);
}

Result<Settings> get_settings(Session& s, std::optional<std::int64_t> programme_id) {
  SAMLA_ASSIGN(const std::int64_t programme, programme::store::programme_for(s, programme_id));
  Settings out;
  out.programme_id = programme;
  SAMLA_ASSIGN(auto own, s.query("SELECT stalled_after_days, version, updated_at, updated_by FROM "
                                 "programme_action_settings WHERE programme_id = ?",
                                 {programme}));
  if (!own.empty()) {
    storage::read_columns(own[0], 0, out.stalled_after_days, out.version, out.updated_at,
                          out.updated_by);
    return out;
  }
  SAMLA_ASSIGN(auto row, s.query_one("SELECT stalled_after_days, updated_at, updated_by FROM "
                                     "action_settings WHERE id = 1"));
  storage::read_columns(row, 0, out.stalled_after_days, out.updated_at, out.updated_by);
  out.version = 0;
  return out;
}

Result<Settings> put_settings(Session& s, std::optional<std::int64_t> programme_id, Settings next,
                              std::optional<std::int64_t> expected_version,
                              const access::Principal& actor) {
  SAMLA_ASSIGN(Settings current, get_settings(s, programme_id));
  if (next.stalled_after_days < 1 || next.stalled_after_days > 365)
    return invalid_field("stalled_after_days", Msg::whole_number_range,
                         {{"min", "1"}, {"max", "365"}});
  SAMLA_TRY(access::stamp_next_settings(current, next, expected_version, kSettingsRecord, actor));
  next.programme_id = current.programme_id;
  const storage::Params values{std::int64_t{next.stalled_after_days}, next.version, next.updated_at,
                               next.updated_by, current.programme_id};
  if (current.version == 0) {
    // The programme's first own setting; someone else's meanwhile makes this one stale.
    SAMLA_TRY(storage::execute_versioned(
        s,
        "INSERT INTO programme_action_settings (stalled_after_days, version, updated_at, "
        "updated_by, programme_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (programme_id) DO NOTHING",
        values, kSettingsRecord.what));
  } else {
    storage::Params update = values;
    update.emplace_back(current.version);
    SAMLA_TRY(storage::execute_versioned(
        s,
        "UPDATE programme_action_settings SET stalled_after_days = ?, version = ?, updated_at = "
        "?, updated_by = ? WHERE programme_id = ? AND version = ?",
        update, kSettingsRecord.what));
  }
  json before{{"programme_id", current.programme_id},
              {"stalled_after_days", current.stalled_after_days}};
  json after{{"programme_id", next.programme_id}, {"stalled_after_days", next.stalled_after_days}};
  SAMLA_TRY(access::audit_changed(s, kSettingsRecord, current.programme_id, before, after, actor));
  return next;
}

Result<StalledDays> stalled_days(Session& s) {
  StalledDays out;
  SAMLA_ASSIGN(auto fallback,
               s.query_one("SELECT stalled_after_days FROM action_settings WHERE id = 1"));
  out.fallback = static_cast<int>(fallback.integer(0));
  SAMLA_ASSIGN(auto programmes,
               s.query("SELECT p.id, a.stalled_after_days FROM programmes p LEFT JOIN "
                       "programme_action_settings a ON a.programme_id = p.id"));
  for (const auto& row : programmes)
    out.by_programme[row.integer(0)] =
        row.is_null(1) ? out.fallback : static_cast<int>(row.integer(1));
  SAMLA_ASSIGN(auto plans, s.query("SELECT id, programme_id FROM action_plans"));
  for (const auto& row : plans) {
    auto it = row.is_null(1) ? out.by_programme.end() : out.by_programme.find(row.integer(1));
    out.by_plan[row.integer(0)] = it == out.by_programme.end() ? out.fallback : it->second;
  }
  return out;
}

}  // namespace samla::actions::store
