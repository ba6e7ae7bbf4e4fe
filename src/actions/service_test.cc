// Actions on both backends: an action point promoted with its owner accountable, updates by
// the responsible person and refusals for others, dependency cycles and bad input that change
// nothing, If-Match, "my work" and the overdue board.
#include "actions/service.h"

#include "actions/actions_test_support.h"
#include "core/clock.h"
#include "core/date.h"

namespace samla::actions {
namespace {

using testing::ActionsTest;
using testing::fields_of;

TEST_P(ActionsTest, AnActionPointIsPromotedWithItsOwnerAccountableAndTheLinkBack) {
  const std::int64_t point = held_event_with_action_point();
  auto action = actions_->promote(event_, point, std::nullopt, coordinator());
  ASSERT_TRUE(action.ok()) << action.error().message;
  EXPECT_EQ(action->outcome_id, point);
  EXPECT_EQ(action->event_id, event_);
  EXPECT_EQ(action->title, "Map the peer-support services of each region");
  ASSERT_TRUE(action->accountable);
  EXPECT_EQ(action->accountable->organisation_id, agency_);
  EXPECT_EQ(action->accountable->name, "Folkhälsomyndigheten");
  EXPECT_EQ(action->due_date, "2026-09-30");
  EXPECT_EQ(action->status, "proposed");
  auto plan = actions_->get_plan(action->plan_id);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan->event_id, event_);
  EXPECT_EQ(plan->action_count, 1);

  auto again = actions_->promote(event_, point, std::nullopt, coordinator());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  outcomes::Outcome insight;
  insight.text = "People want one place to ask.";
  auto recorded = outcomes_->create(event_, insight, coordinator());
  ASSERT_TRUE(recorded.ok());
  auto not_a_point = actions_->promote(event_, recorded->id, std::nullopt, coordinator());
  ASSERT_FALSE(not_a_point.ok());
  EXPECT_EQ(fields_of(not_a_point.error()), (std::set<std::string>{"outcome_id"}));
}

TEST_P(ActionsTest, TheResponsiblePersonUpdatesAndTheTimelineRecordsIt) {
  ActionPlan plan = theme_plan();
  auto made = actions_->create(by_hand(plan.id, "Train peer supporters"), coordinator());
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_EQ(made->responsible.at(0).name, "Rita Responsible");

  auto agreed = actions_->add_update(
      made->id, {"agreed", std::nullopt, "Agreed at the meeting", ""}, made->version, rita_user_);
  ASSERT_TRUE(agreed.ok()) << agreed.error().message;
  EXPECT_EQ(agreed->status, "agreed");
  auto started =
      actions_->add_update(made->id, {"in_progress", 30, "", ""}, agreed->version, rita_user_);
  ASSERT_TRUE(started.ok()) << started.error().message;
  EXPECT_EQ(started->progress, 30);

  // Someone it does not involve, and an observer, may not.
  auto olle = actions_->add_update(made->id, {std::nullopt, 50, "", ""}, std::nullopt, olle_user_);
  ASSERT_FALSE(olle.ok());
  EXPECT_EQ(olle.error().code, ErrorCode::forbidden);
  auto observer =
      actions_->add_update(made->id, {std::nullopt, 50, "", ""}, std::nullopt, observer_);
  ASSERT_FALSE(observer.ok());
  EXPECT_EQ(observer.error().code, ErrorCode::forbidden);
  EXPECT_TRUE(actions_->get(made->id, observer_).ok()) << "observers read";
  // A participant who is not involved reads nothing; Rita reads her own.
  EXPECT_TRUE(actions_->get(made->id, rita_user_).ok());
  // A stale version is refused.
  auto stale =
      actions_->add_update(made->id, {std::nullopt, 60, "", ""}, agreed->version, rita_user_);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);

  auto timeline = actions_->updates(made->id, rita_user_);
  ASSERT_TRUE(timeline.ok());
  ASSERT_EQ(timeline->size(), 3u);  // created, agreed, started
  EXPECT_EQ((*timeline)[1].status_from, "proposed");
  EXPECT_EQ((*timeline)[1].status_to, "agreed");
  EXPECT_EQ((*timeline)[1].note, "Agreed at the meeting");
  EXPECT_EQ((*timeline)[1].by, "rita");
  EXPECT_EQ((*timeline)[2].progress_from, 0);
  EXPECT_EQ((*timeline)[2].progress_to, 30);

  auto mine = actions_->my_actions(rita_user_);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().id, made->id);
  auto not_mine = actions_->my_actions(olle_user_);
  ASSERT_TRUE(not_mine.ok());
  EXPECT_TRUE(not_mine->empty());
}

TEST_P(ActionsTest, ADependencyCycleIsNamedAndNothingChanges) {
  ActionPlan plan = theme_plan();
  auto first = actions_->create(by_hand(plan.id, "First"), coordinator());
  auto second = actions_->create(by_hand(plan.id, "Second"), coordinator());
  auto third = actions_->create(by_hand(plan.id, "Third"), coordinator());
  ASSERT_TRUE(first.ok() && second.ok() && third.ok());
  Action a2 = *second;
  a2.depends_on = {first->id};
  ASSERT_TRUE(actions_->update(second->id, a2, second->version, coordinator()).ok());
  Action a3 = *third;
  a3.depends_on = {second->id};
  ASSERT_TRUE(actions_->update(third->id, a3, third->version, coordinator()).ok());

  auto before = actions_->get(first->id, coordinator());
  ASSERT_TRUE(before.ok());
  Action a1 = *before;
  a1.depends_on = {third->id};
  a1.title = "First, renamed";
  auto refused = actions_->update(first->id, a1, before->version, coordinator());
  ASSERT_FALSE(refused.ok());
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "depends_on");
  const std::string cycle = std::to_string(first->id) + " → " + std::to_string(third->id) + " → " +
                            std::to_string(second->id) + " → " + std::to_string(first->id);
  ASSERT_EQ(refused.error().fields[0].params.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].params[0],
            (std::pair<std::string, std::string>{"cycle", cycle}));
  auto after = actions_->get(first->id, coordinator());
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->version, before->version);
  EXPECT_EQ(after->title, "First");
  EXPECT_TRUE(after->depends_on.empty());
}

TEST_P(ActionsTest, BadInputIsNamedFieldByFieldAndWritesNothing) {
  ActionPlan plan = theme_plan();
  Action bad = by_hand(plan.id, "Bad");
  bad.accountable.reset();
  bad.responsible = {Party{999999, std::nullopt, std::nullopt}};
  bad.start_date = "2026-05-01";
  bad.due_date = "2026-04-01";
  bad.depends_on = {424242};
  auto refused = actions_->create(bad, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid);
  EXPECT_EQ(
      fields_of(refused.error()),
      (std::set<std::string>{"accountable", "responsible[0].person_id", "due_date", "depends_on"}));
  auto none = actions_->list({});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_EQ(audit_count("action"), 0);
}

TEST_P(ActionsTest, TheBoardShowsOverdueAndStalledWork) {
  ActionPlan plan = theme_plan();
  Action late = by_hand(plan.id, "Late");
  late.start_date = "2025-01-01";
  late.due_date = "2025-06-30";
  auto overdue = actions_->create(late, coordinator());
  ASSERT_TRUE(overdue.ok()) << overdue.error().message;
  Action later = by_hand(plan.id, "Far ahead");
  later.due_date = "2099-12-31";
  ASSERT_TRUE(actions_->create(later, coordinator()).ok());

  ActionFilter filter;
  filter.overdue_only = true;
  auto board = actions_->list(filter);
  ASSERT_TRUE(board.ok());
  ASSERT_EQ(board->size(), 1u);
  EXPECT_EQ(board->front().title, "Late");
  EXPECT_TRUE(board->front().overdue);

  ActionFilter by_person;
  by_person.person_id = rita_;
  auto ritas = actions_->list(by_person);
  ASSERT_TRUE(ritas.ok());
  EXPECT_EQ(ritas->size(), 2u);
  ActionFilter by_organisation;
  by_organisation.organisation_id = agency_;
  auto agencys = actions_->list(by_organisation);
  ASSERT_TRUE(agencys.ok());
  EXPECT_EQ(agencys->size(), 2u);

  // Done, it is no longer overdue.
  ASSERT_TRUE(actions_->add_update(overdue->id, {"agreed", {}, "", ""}, {}, coordinator()).ok());
  ASSERT_TRUE(
      actions_->add_update(overdue->id, {"in_progress", {}, "", ""}, {}, coordinator()).ok());
  auto done = actions_->add_update(overdue->id, {"done", {}, "Finished", ""}, {}, coordinator());
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->progress, 100);
  EXPECT_FALSE(done->overdue);
  board = actions_->list(filter);
  ASSERT_TRUE(board.ok());
  EXPECT_TRUE(board->empty());

  // A plan with actions is not deleted behind their back.
  auto kept = actions_->remove_plan(plan.id, std::nullopt, coordinator());
  ASSERT_FALSE(kept.ok());
  EXPECT_EQ(kept.error().code, ErrorCode::conflict);
}

// Each programme says when its actions count as stalled: a second programme's own 5 days stall
// its action, silent for 10 days, while the default programme's 30 days leave the same silence
// alone; a programme that has set nothing follows the instance's default (version 0).
TEST_P(ActionsTest, EachProgrammeSaysWhenItsActionsStall) {
  std::int64_t second = 0;
  {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    second =
        get((**lease).query_one(
                "INSERT INTO programmes (name, purpose, is_default, created_by, created_at, "
                "updated_at, version) VALUES ('EU task', '', 0, 't', 'x', 'x', 1) RETURNING id"))
            .integer(0);
  }
  const store::Settings fresh = get(actions_->settings(second));
  EXPECT_EQ(fresh.version, 0) << "follows the default";
  EXPECT_EQ(fresh.stalled_after_days, 30);
  const store::Settings own = get(actions_->put_settings(second, {second, 5}, 0, coordinator()));
  EXPECT_EQ(own.version, 1);
  auto stale = actions_->put_settings(second, {second, 6}, 0, coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(get(actions_->settings(std::nullopt)).stalled_after_days, 30);
  auto unknown = actions_->settings(987654);
  ASSERT_FALSE(unknown.ok());

  ActionPlan ours = theme_plan();
  ActionPlan theirs;
  theirs.title = "The EU task's plan";
  theirs.theme = make_theme("eu_task");
  theirs.programme_id = second;
  theirs = get(actions_->create_plan(theirs, coordinator()));
  const Action quiet_here = get(actions_->create(by_hand(ours.id, "Quiet here"), coordinator()));
  const Action quiet_there =
      get(actions_->create(by_hand(theirs.id, "Quiet there"), coordinator()));
  {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    ASSERT_OK((**lease).execute("UPDATE actions SET last_update_at = ?",
                                {add_days(today(), -10).value() + "T09:00:00Z"}));
  }
  ActionFilter stalled;
  stalled.stalled_only = true;
  const auto board = get(actions_->list(stalled));
  ASSERT_EQ(board.size(), 1u);
  EXPECT_EQ(board[0].id, quiet_there.id);
  EXPECT_TRUE(board[0].stalled);
  EXPECT_FALSE(get(actions_->get(quiet_here.id, coordinator())).stalled);
}

INSTANTIATE_TEST_SUITE_P(Backends, ActionsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::actions
