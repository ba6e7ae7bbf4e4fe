// The action plans' storage queries, each inside a caller's session (and transaction). Every
// write checks the rules and the references (register, themes, plans, other actions) and is
// audited; the flags (overdue, stalled, at risk) are set by the service, which knows the day.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "actions/model.h"
#include "core/page.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::actions::store {

// When an open action of a programme counts as stalled. Version 0: the programme has set none
// of its own and follows the instance's default.
struct Settings {
  std::int64_t programme_id = 0;
  int stalled_after_days = 30;
  std::int64_t version = 1;
  std::string updated_at, updated_by;
};

Result<std::vector<ActionPlan>> list_plans(storage::Session& s);
Result<ActionPlan> get_plan(storage::Session& s, std::int64_t id);
Result<ActionPlan> insert_plan(storage::Session& s, ActionPlan p, const access::Principal& actor);
Result<ActionPlan> update_plan(storage::Session& s, std::int64_t id, ActionPlan next,
                               std::optional<std::int64_t> expected_version,
                               const access::Principal& actor);
// 409 while group `group_id` still has plans (the groups' check before a group goes).
Status check_group_unused(storage::Session& s, std::int64_t group_id);
// 409 while the plan still has actions: they are moved or deleted first, never silently.
Status delete_plan(storage::Session& s, std::int64_t id,
                   std::optional<std::int64_t> expected_version, const access::Principal& actor);

// The actions `filter` selects (overdue and the like are the service's), newest due first.
Result<std::vector<Action>> list_actions(storage::Session& s, const ActionFilter& filter);
// One page of list_actions: at most `limit` actions after `after` (the board's order), the
// number that match the filter, and the cursor of the next page.
Result<Page<Action>> page_actions(storage::Session& s, const ActionFilter& filter, int limit,
                                  const std::optional<BoardCursor>& after);
Result<Action> get_action(storage::Session& s, std::int64_t id);
// A new action (proposed, progress 0) with its first timeline entry.
Result<Action> insert_action(storage::Session& s, Action a, const access::Principal& actor);
// Replaces what a client writes (not status, progress or the action point it came from).
Result<Action> update_action(storage::Session& s, std::int64_t id, Action next,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor);
Status delete_action(storage::Session& s, std::int64_t id,
                     std::optional<std::int64_t> expected_version, const access::Principal& actor);

// A change of status and/or progress with its note: the action changes and the timeline grows.
Result<Action> add_update(storage::Session& s, std::int64_t id, const UpdateRequest& update,
                          std::optional<std::int64_t> expected_version,
                          const access::Principal& actor);
Result<std::vector<ActionUpdate>> list_updates(storage::Session& s, std::int64_t action_id);

// The event's action point `outcome_id` as a new action in `plan_id`, or in the event's own
// plan (made when missing): its text, themes, owner (accountable) and due date.
Result<Action> promote(storage::Session& s, std::int64_t event_id, std::int64_t outcome_id,
                       std::optional<std::int64_t> plan_id, const access::Principal& actor);

// The settings of `programme_id` (none: the default programme; an unknown one: 422).
Result<Settings> get_settings(storage::Session& s, std::optional<std::int64_t> programme_id);
Result<Settings> put_settings(storage::Session& s, std::optional<std::int64_t> programme_id,
                              Settings next, std::optional<std::int64_t> expected_version,
                              const access::Principal& actor);
// Every programme's days after which an open action counts as stalled, and each plan's
// (through its programme).
struct StalledDays {
  std::map<std::int64_t, int> by_programme, by_plan;
  int fallback = 30;  // the instance's default, for a plan of no known programme
  int of_plan(std::int64_t plan_id) const {
    auto it = by_plan.find(plan_id);
    return it == by_plan.end() ? fallback : it->second;
  }
};
Result<StalledDays> stalled_days(storage::Session& s);

// The people and organisations `person_id` (a user's person) is among in `a`: whether they
// answer for it or carry it out (accountable or responsible), or are kept in the loop.
bool carries(const Action& a, std::int64_t person_id);
bool involves(const Action& a, std::int64_t person_id);

}  // namespace samla::actions::store
