// The action plans' use cases: each in a pooled session, writes in one transaction. Who may
// do what beyond the route's action is decided here: coordinators and admins manage plans and
// actions (manage_actions); a person who answers for or carries out an action (accountable or
// responsible, through the account linked to them) updates its status and progress; whoever
// reads the register reads plans and actions, and anyone with an account reads the actions
// they take part in ("my work").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "actions/model.h"
#include "actions/store.h"
#include "core/page.h"
#include "privacy/pooled_service.h"

namespace samla::actions {

class ActionsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<ActionPlan>> list_plans();
  Result<ActionPlan> get_plan(std::int64_t id);
  Result<ActionPlan> create_plan(ActionPlan input, const access::Principal& actor);
  Result<ActionPlan> update_plan(std::int64_t id, ActionPlan input,
                                 std::optional<std::int64_t> version,
                                 const access::Principal& actor);
  Status remove_plan(std::int64_t id, std::optional<std::int64_t> version,
                     const access::Principal& actor);

  // The board: the actions `filter` selects, flagged as of today.
  Result<std::vector<Action>> list(const ActionFilter& filter);
  // One page of the board: at most `limit` actions (all without one) after `after`, with the
  // number the filter selects and the next page's cursor.
  Result<Page<Action>> page(const ActionFilter& filter, std::optional<int> limit,
                            const std::optional<BoardCursor>& after);
  // The open actions the caller's person answers for, carries out, is consulted or informed
  // on; empty for an account that stands for no person.
  Result<std::vector<Action>> my_actions(const access::Principal& caller);
  // One action: for readers of the register, or for a person it involves.
  Result<Action> get(std::int64_t id, const access::Principal& caller);
  Result<Action> create(Action input, const access::Principal& actor);
  Result<Action> update(std::int64_t id, Action input, std::optional<std::int64_t> version,
                        const access::Principal& actor);
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);

  // The action's timeline, oldest first (who may read the action).
  Result<std::vector<ActionUpdate>> updates(std::int64_t id, const access::Principal& caller);
  // A change of status and/or progress with a note (If-Match: the action's version): by a
  // coordinator, or by the person who answers for or carries out the action.
  Result<Action> add_update(std::int64_t id, const UpdateRequest& update,
                            std::optional<std::int64_t> version, const access::Principal& actor);
  // The event's action point as an action (in `plan_id`, or the event's own plan).
  Result<Action> promote(std::int64_t event_id, std::int64_t outcome_id,
                         std::optional<std::int64_t> plan_id, const access::Principal& actor);

  // The caller's personal calendar feed: a new secret address (the old one stops working),
  // or none at all.
  Result<std::string> renew_calendar(const access::Principal& caller);
  Status revoke_calendar(const access::Principal& caller);
  // The feed's .ics text, for whoever holds the secret (no account needed).
  Result<std::string> calendar(const std::string& secret);

  // E-mail about one's actions (digests, reminders): stop it by the link in a message (no
  // account needed; not_found for an unknown link), or see and change it for one's own person.
  // An account that stands for no person gets no such mail (person_id none, not subscribed)
  // and cannot ask for it (not_found).
  Status unsubscribe(const std::string& secret);
  Result<ActionMail> my_action_mail(const access::Principal& caller);
  Result<ActionMail> set_my_action_mail(bool subscribed, const access::Principal& caller);

  // When an action of programme `programme_id` (none: the default programme) counts as stalled.
  Result<store::Settings> settings(std::optional<std::int64_t> programme_id);
  Result<store::Settings> put_settings(std::optional<std::int64_t> programme_id,
                                       store::Settings next, std::optional<std::int64_t> version,
                                       const access::Principal& actor);
};

// Today's date (UTC), YYYY-MM-DD: what overdue and stalled are measured against.
std::string today();

}  // namespace samla::actions
