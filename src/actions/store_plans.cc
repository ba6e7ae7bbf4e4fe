// Action plans: what a theme, an event or a follow-up group set out to do.
#include <nlohmann/json.hpp>

#include "actions/rules.h"
#include "actions/store.h"
#include "actions/store_internal.h"
#include "actions/wire.h"
#include "groups/store.h"
#include "programme/store.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::actions::store {
namespace {

using internal::kNoSuchPlan;
using internal::kPlanRecord;
using storage::Session;

constexpr const char* kSelectPlan =
    "SELECT p.id, p.title, p.description, p.theme, p.event_id, p.group_id, "
    "(SELECT COUNT(*) FROM actions a WHERE a.plan_id = p.id), p.created_by, p.created_at, "
    "p.updated_at, p.version, p.programme_id FROM action_plans p ";

ActionPlan read_plan(const storage::Row& r) {
  ActionPlan p;
  storage::read_columns(r, 0, p.id, p.title, p.description, p.theme, p.event_id, p.group_id,
                        p.action_count, p.created_by, p.created_at, p.updated_at, p.version,
                        p.programme_id);
  return p;
}

// The rules, then what the plan belongs to: the theme, the event or the group must exist.
Status check(Session& s, const ActionPlan& p) {
  std::vector<FieldError> errors = check_plan(p);
  if (p.theme) SAMLA_TRY(internal::check_theme(s, "theme", *p.theme, errors));
  if (p.event_id) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM events WHERE id = ?", {*p.event_id}));
    if (found.empty())
      errors.emplace_back("event_id", Msg::no_event_with_id,
                          MessageParams{{"id", std::to_string(*p.event_id)}});
  }
  if (p.group_id) {
    auto found = groups::store::check_group_exists(s, *p.group_id, "group_id");
    if (!found.ok()) {
      if (found.error().code != ErrorCode::invalid) return found.error();
      for (auto& f : found.error().fields) errors.push_back(f);
    }
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

}  // namespace

Result<std::vector<ActionPlan>> list_plans(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectPlan) + "ORDER BY p.id"));
  return storage::read_rows(rows, read_plan);
}

Result<ActionPlan> get_plan(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectPlan) + "WHERE p.id = ?", {id}, kNoSuchPlan));
  return read_plan(row);
}

Result<ActionPlan> insert_plan(Session& s, ActionPlan p, const access::Principal& actor) {
  SAMLA_TRY(check(s, p));
  // A plan of an event or a group belongs to its programme unless it names another.
  if (!p.programme_id && (p.event_id || p.group_id)) {
    SAMLA_ASSIGN(auto home, s.query(p.event_id ? "SELECT programme_id FROM events WHERE id = ?"
                                               : "SELECT programme_id FROM follow_up_groups "
                                                 "WHERE id = ?",
                                    {p.event_id ? *p.event_id : *p.group_id}));
    if (!home.empty()) p.programme_id = home.front().optional_integer(0);
  }
  SAMLA_ASSIGN(auto programme, programme::store::programme_for(s, p.programme_id));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO action_plans (title, description, theme, event_id, "
                           "group_id, created_by, created_at, updated_at, version, programme_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id",
                           {p.title, p.description, storage::nullable(p.theme),
                            storage::nullable(p.event_id), storage::nullable(p.group_id),
                            actor.name, now, now, programme}));
  SAMLA_ASSIGN(ActionPlan created, get_plan(s, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, kPlanRecord, created.id, to_json(created), actor));
  return created;
}

Result<ActionPlan> update_plan(Session& s, std::int64_t id, ActionPlan next,
                               std::optional<std::int64_t> expected_version,
                               const access::Principal& actor) {
  SAMLA_ASSIGN(ActionPlan before,
               access::read_for_change(s, id, expected_version, kPlanRecord, get_plan));
  SAMLA_TRY(check(s, next));
  SAMLA_ASSIGN(auto programme,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE action_plans SET title = ?, description = ?, theme = ?, event_id = ?, "
      "group_id = ?, updated_at = ?, programme_id = ?, version = version + 1 WHERE id = ? AND "
      "version = ?",
      {next.title, next.description, storage::nullable(next.theme),
       storage::nullable(next.event_id), storage::nullable(next.group_id), now_iso8601(), programme,
       id, before.version},
      kPlanRecord.what));
  SAMLA_ASSIGN(ActionPlan after, get_plan(s, id));
  SAMLA_TRY(access::audit_changed(s, kPlanRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status check_group_unused(Session& s, std::int64_t group_id) {
  SAMLA_ASSIGN(auto plans,
               s.query("SELECT COUNT(*) FROM action_plans WHERE group_id = ?", {group_id}));
  if (plans.front().integer(0) > 0)
    return make_error(ErrorCode::conflict, Msg::group_has_plans,
                      {{"count", std::to_string(plans.front().integer(0))}});
  return ok_status();
}

Status delete_plan(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                   const access::Principal& actor) {
  SAMLA_ASSIGN(ActionPlan before,
               access::read_for_change(s, id, expected_version, kPlanRecord, get_plan));
  if (before.action_count > 0)
    return make_error(ErrorCode::conflict, Msg::plan_has_actions,
                      {{"count", std::to_string(before.action_count)}});
  return access::delete_record(s, kPlanRecord, id, before.version, to_json(before), actor);
}

}  // namespace samla::actions::store
