#include "actions/service.h"

#include "access/linked_person.h"
#include "actions/calendar_feed.h"
#include "actions/digests.h"
#include "actions/rules.h"
#include "core/clock.h"
#include "core/date.h"
#include "groups/service.h"

namespace samla::actions {
namespace {

using storage::Session;

Status flag(Session& s, std::vector<Action>& actions) {
  SAMLA_ASSIGN(auto days, store::stalled_days(s));
  const std::string day = today();
  for (auto& a : actions) surface(a, day, days.of_plan(a.plan_id));
  return ok_status();
}

// `asked` with what today's date decides put into the database's terms: overdue and stalled
// actions are open, due before today, or last changed `stalled_after_days` or more days ago.
// For those two flags the database's answer is then exact (the rules agree with it).
Result<ActionFilter> narrowed(Session& s, ActionFilter filter) {
  if (filter.overdue_only || filter.stalled_only || filter.at_risk_only) filter.open_only = true;
  if (filter.overdue_only) filter.due_before = today();
  if (filter.stalled_only) {
    SAMLA_ASSIGN(auto days, store::stalled_days(s));
    // Stalled: the last change's day is the programme's days or more before today; the
    // programmes grouped by their days, one day to compare with a group.
    std::map<int, std::vector<std::int64_t>> by_days;
    for (const auto& [programme, n] : days.by_programme) by_days[n].push_back(programme);
    for (auto& [n, programmes] : by_days)
      filter.updated_before_in_programmes.emplace_back(std::move(programmes),
                                                       add_days(today(), 1 - n).value_or(today()));
  }
  return filter;
}

Result<Action> flagged(Session& s, Result<Action> a) {
  if (!a.ok()) return a;
  std::vector<Action> one{std::move(a).value()};
  SAMLA_TRY(flag(s, one));
  return std::move(one.front());
}

// The action, when `who` may read it: a reader of the register, or a person it involves.
Result<Action> readable(Session& s, std::int64_t id, const access::Principal& who) {
  SAMLA_ASSIGN(Action a, store::get_action(s, id));
  if (access::can(who, access::Action::read_register)) return a;
  SAMLA_ASSIGN(auto person, access::linked_person(s, who));
  if (person && store::involves(a, *person)) return a;
  return make_error(ErrorCode::forbidden, Msg::action_read_refused);
}

constexpr Msg kManageRefusal = Msg::action_manage_refused;

// Whether `who` manages plan `plan_id`'s actions: a coordinator, or the lead of the group the
// plan belongs to. 404 for no such plan.
Status may_manage_plan(Session& s, std::int64_t plan_id, const access::Principal& who) {
  if (access::can(who, access::Action::manage_actions)) return ok_status();
  auto plan = store::get_plan(s, plan_id);
  if (!plan.ok()) {
    // An unknown plan in a body is the body's mistake; the rules name it for coordinators.
    if (plan.error().code == ErrorCode::not_found)
      return invalid_field("plan_id", Msg::no_plan_with_id, {{"id", std::to_string(plan_id)}});
    return plan.error();
  }
  if (plan->group_id) {
    SAMLA_ASSIGN(bool leads, groups::manages(s, *plan->group_id, who));
    if (leads) return ok_status();
  }
  return make_error(ErrorCode::forbidden, kManageRefusal);
}

Status may_manage_group_plan(Session& s, const ActionPlan& plan, const access::Principal& who) {
  if (access::can(who, access::Action::manage_actions)) return ok_status();
  if (plan.group_id) {
    auto group = groups::manages(s, *plan.group_id, who);
    if (group.ok() && *group) return ok_status();
  }
  return make_error(ErrorCode::forbidden, kManageRefusal);
}

}  // namespace

std::string today() {
  return now_iso8601().substr(0, 10);
}

Result<std::vector<ActionPlan>> ActionsService::list_plans() {
  return run(false, [&](Session& s) { return store::list_plans(s); });
}

Result<ActionPlan> ActionsService::get_plan(std::int64_t id) {
  return run(false, [&](Session& s) { return store::get_plan(s, id); });
}

Result<ActionPlan> ActionsService::create_plan(ActionPlan input, const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<ActionPlan> {
    SAMLA_TRY(may_manage_group_plan(s, input, actor));
    return store::insert_plan(s, std::move(input), actor);
  });
}

Result<ActionPlan> ActionsService::update_plan(std::int64_t id, ActionPlan input,
                                               std::optional<std::int64_t> version,
                                               const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return store::update_plan(s, id, std::move(input), version, actor);
  });
}

Status ActionsService::remove_plan(std::int64_t id, std::optional<std::int64_t> version,
                                   const access::Principal& actor) {
  return run(true, [&](Session& s) -> Status {
    SAMLA_ASSIGN(ActionPlan current, store::get_plan(s, id));
    SAMLA_TRY(may_manage_group_plan(s, current, actor));
    return store::delete_plan(s, id, version, actor);
  });
}

Result<std::vector<Action>> ActionsService::list(const ActionFilter& asked) {
  return run(false, [&](Session& s) -> Result<std::vector<Action>> {
    SAMLA_ASSIGN(ActionFilter filter, narrowed(s, asked));
    SAMLA_ASSIGN(auto actions, store::list_actions(s, filter));
    SAMLA_TRY(flag(s, actions));
    std::erase_if(actions, [&](const Action& a) {
      return (filter.overdue_only && !a.overdue) || (filter.stalled_only && !a.stalled) ||
             (filter.at_risk_only && !a.at_risk);
    });
    return actions;
  });
}

Result<Page<Action>> ActionsService::page(const ActionFilter& filter, std::optional<int> limit,
                                          const std::optional<BoardCursor>& after) {
  // Being at risk is worked out here, not by the database: that board is read whole and cut.
  if (!limit || filter.at_risk_only) {
    SAMLA_ASSIGN(auto actions, list(filter));
    return cut_board(std::move(actions), limit, after);
  }
  return run(false, [&](Session& s) -> Result<Page<Action>> {
    SAMLA_ASSIGN(ActionFilter narrow, narrowed(s, filter));
    SAMLA_ASSIGN(auto page, store::page_actions(s, narrow, *limit, after));
    SAMLA_TRY(flag(s, page.items));
    return page;
  });
}

Result<std::vector<Action>> ActionsService::my_actions(const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<std::vector<Action>> {
    SAMLA_ASSIGN(auto person, access::linked_person(s, caller));
    if (!person) return std::vector<Action>{};
    ActionFilter filter;
    filter.open_only = true;
    filter.involved_person_id = person;
    SAMLA_ASSIGN(auto actions, store::list_actions(s, filter));
    SAMLA_TRY(flag(s, actions));
    return actions;
  });
}

Result<Action> ActionsService::get(std::int64_t id, const access::Principal& caller) {
  return run(false, [&](Session& s) { return flagged(s, readable(s, id, caller)); });
}

Result<Action> ActionsService::create(Action input, const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Action> {
    SAMLA_TRY(may_manage_plan(s, input.plan_id, actor));
    return flagged(s, store::insert_action(s, std::move(input), actor));
  });
}

Result<Action> ActionsService::update(std::int64_t id, Action input,
                                      std::optional<std::int64_t> version,
                                      const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Action> {
    SAMLA_ASSIGN(Action current, store::get_action(s, id));
    SAMLA_TRY(may_manage_plan(s, current.plan_id, actor));
    if (input.plan_id != current.plan_id) SAMLA_TRY(may_manage_plan(s, input.plan_id, actor));
    return flagged(s, store::update_action(s, id, std::move(input), version, actor));
  });
}

Status ActionsService::remove(std::int64_t id, std::optional<std::int64_t> version,
                              const access::Principal& actor) {
  return run(true, [&](Session& s) -> Status {
    SAMLA_ASSIGN(Action current, store::get_action(s, id));
    SAMLA_TRY(may_manage_plan(s, current.plan_id, actor));
    return store::delete_action(s, id, version, actor);
  });
}

Result<std::vector<ActionUpdate>> ActionsService::updates(std::int64_t id,
                                                          const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<std::vector<ActionUpdate>> {
    SAMLA_TRY(readable(s, id, caller));
    return store::list_updates(s, id);
  });
}

Result<Action> ActionsService::add_update(std::int64_t id, const UpdateRequest& update,
                                          std::optional<std::int64_t> version,
                                          const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Action> {
    SAMLA_ASSIGN(Action a, store::get_action(s, id));
    if (!may_manage_plan(s, a.plan_id, actor).ok()) {
      SAMLA_ASSIGN(auto person, access::linked_person(s, actor));
      if (!person || !store::carries(a, *person))
        return make_error(ErrorCode::forbidden, Msg::action_update_refused);
    }
    return flagged(s, store::add_update(s, id, update, version, actor));
  });
}

Result<Action> ActionsService::promote(std::int64_t event_id, std::int64_t outcome_id,
                                       std::optional<std::int64_t> plan_id,
                                       const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return flagged(s, store::promote(s, event_id, outcome_id, plan_id, actor));
  });
}

Result<std::string> ActionsService::renew_calendar(const access::Principal& caller) {
  if (caller.user_id == 0) return make_error(ErrorCode::invalid, Msg::calendar_feed_needs_account);
  return run(true, [&](Session& s) { return feed::renew(s, caller.user_id); });
}

Status ActionsService::revoke_calendar(const access::Principal& caller) {
  return run(true, [&](Session& s) { return feed::revoke(s, caller.user_id); });
}

Result<std::string> ActionsService::calendar(const std::string& secret) {
  return run(false, [&](Session& s) { return feed::calendar(s, secret, today()); });
}

Status ActionsService::unsubscribe(const std::string& secret) {
  return run(true, [&](Session& s) { return mail::unsubscribe(s, secret); });
}

namespace {

constexpr Msg kNoPersonForMail = Msg::account_without_person;

}  // namespace

Result<ActionMail> ActionsService::my_action_mail(const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<ActionMail> {
    SAMLA_ASSIGN(auto person, access::linked_person(s, caller));
    if (!person) return ActionMail{};
    SAMLA_ASSIGN(bool subscribed, mail::subscribed(s, *person));
    return ActionMail{person, subscribed};
  });
}

Result<ActionMail> ActionsService::set_my_action_mail(bool subscribed,
                                                      const access::Principal& caller) {
  return run(true, [&](Session& s) -> Result<ActionMail> {
    SAMLA_ASSIGN(auto person, access::linked_person(s, caller));
    if (!person) return make_error(ErrorCode::not_found, kNoPersonForMail);
    SAMLA_TRY(mail::set_subscribed(s, *person, subscribed, "own_account", caller));
    return ActionMail{person, subscribed};
  });
}

Result<store::Settings> ActionsService::settings(std::optional<std::int64_t> programme_id) {
  return run(false, [&](Session& s) { return store::get_settings(s, programme_id); });
}

Result<store::Settings> ActionsService::put_settings(std::optional<std::int64_t> programme_id,
                                                     store::Settings next,
                                                     std::optional<std::int64_t> version,
                                                     const access::Principal& actor) {
  return run(
      true, [&](Session& s) { return store::put_settings(s, programme_id, next, version, actor); });
}

}  // namespace samla::actions
