// The initiative list on both backends: an initiative proposed from a workshop's outcome, rated
// by three raters whose scores give means, ranges, spreads and a weighted score that ranks the
// list; the programme's weights change the ranking; accepting one closes its rating and makes its
// action plan; bad input is named and changes nothing.
#include "initiatives/service.h"

#include "actions/actions_test_support.h"
#include "actions/store.h"

namespace samla::initiatives {
namespace {

using actions::testing::ActionsTest;
using actions::testing::fields_of;

class InitiativesTest : public ActionsTest {
 protected:
  void SetUp() override {
    ActionsTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("initiatives");
    if (HasFatalFailure()) return;
    initiatives_ = std::make_unique<InitiativesService>(*pool_);
    cora_ = user("cora", access::Role::coordinator, std::nullopt);
    fia_ = user("fia", access::Role::facilitator, std::nullopt);
  }
  void TearDown() override {
    initiatives_.reset();
    ActionsTest::TearDown();
  }

  Rating rating(int impact, int feasibility, int urgency, int fit) {
    Rating r;
    r.impact = impact;
    r.feasibility = feasibility;
    r.urgency = urgency;
    r.fit = fit;
    return r;
  }

  Initiative by_hand(const std::string& title) {
    Initiative i;
    i.title = title;
    i.themes = {"stigma_reduction"};
    return get(initiatives_->create(i, cora_));
  }

  std::unique_ptr<InitiativesService> initiatives_;
  access::Principal cora_, fia_;
};

TEST_P(InitiativesTest, AnInitiativeFromAWorkshopOutcomeIsRatedAndRanked) {
  const std::int64_t point = held_event_with_action_point();
  const Initiative proposed = get(initiatives_->from_outcome(point, cora_));
  EXPECT_EQ(proposed.title, "Map the peer-support services of each region");
  EXPECT_EQ(proposed.source_event_id, event_);
  EXPECT_EQ(proposed.source_outcome_id, point);
  EXPECT_EQ(proposed.status, "proposed");
  EXPECT_TRUE(proposed.programme_id.has_value());
  EXPECT_EQ(proposed.score.raters, 0);

  const Initiative other = by_hand("Talk-about-it weeks");
  // Three raters on the first; one rates twice (the second replaces the first).
  ASSERT_OK(initiatives_->rate(proposed.id, rating(1, 1, 1, 1), cora_));
  ASSERT_OK(initiatives_->rate(proposed.id, rating(5, 3, 2, 1), cora_));
  ASSERT_OK(initiatives_->rate(proposed.id, rating(3, 3, 2, 2), fia_));
  const Initiative rated = get(initiatives_->rate(proposed.id, rating(4, 3, 2, 3), olle_user_));
  EXPECT_EQ(rated.score.raters, 3);
  ASSERT_EQ(rated.score.criteria.size(), 4u);
  EXPECT_DOUBLE_EQ(rated.score.criteria[0].mean, 4);
  EXPECT_DOUBLE_EQ(rated.score.criteria[0].lowest, 3);
  EXPECT_DOUBLE_EQ(rated.score.criteria[0].highest, 5);
  EXPECT_NEAR(rated.score.criteria[0].spread, 0.8165, 1e-4);
  EXPECT_DOUBLE_EQ(*rated.score.weighted, 2.75);
  ASSERT_TRUE(rated.my_rating.has_value());
  EXPECT_EQ(rated.my_rating->rater_name, "olle");
  EXPECT_EQ(get(initiatives_->get(proposed.id, cora_)).my_rating->impact, 5);
  EXPECT_EQ(get(initiatives_->ratings(proposed.id)).size(), 3u);

  ASSERT_OK(initiatives_->rate(other.id, rating(2, 5, 2, 4), cora_));  // 3.25
  auto list = get(initiatives_->list({}, cora_));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, other.id);
  // Impact counts four times as much: 4·4+3+2+2 = 23/7 against 4·2+5+2+4 = 19/7.
  const auto weights = get(initiatives_->weights(*proposed.programme_id));
  EXPECT_EQ(weights.version, 0);
  Weights impact;
  impact.impact = 4;
  ASSERT_OK(initiatives_->set_weights(*proposed.programme_id, impact, 0, cora_));
  list = get(initiatives_->list({}, cora_));
  EXPECT_EQ(list[0].id, proposed.id);
  EXPECT_NEAR(*list[0].score.weighted, 23.0 / 7.0, 1e-12);

  // Taken back, a rating no longer counts.
  EXPECT_EQ(get(initiatives_->unrate(other.id, cora_)).score.raters, 0);
  auto none = initiatives_->unrate(other.id, cora_);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::not_found);
}

TEST_P(InitiativesTest, AnAcceptedInitiativeGetsItsActionPlanAndIsNoLongerRated) {
  const std::int64_t point = held_event_with_action_point();
  const Initiative proposed = get(initiatives_->from_outcome(point, cora_));
  auto no_reason = initiatives_->move(proposed.id, "declined", " ", proposed.version, cora_);
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(fields_of(no_reason.error()), std::set<std::string>{"reason"});
  auto not_yet = initiatives_->make_plan(proposed.id, proposed.version, cora_);
  ASSERT_FALSE(not_yet.ok());
  EXPECT_EQ(not_yet.error().code, ErrorCode::conflict);

  const Initiative accepted =
      get(initiatives_->move(proposed.id, "accepted", "", proposed.version, cora_));
  EXPECT_EQ(accepted.status, "accepted");
  auto late = initiatives_->rate(proposed.id, rating(3, 3, 3, 3), fia_);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::conflict);
  auto taken_back = initiatives_->unrate(proposed.id, cora_);
  ASSERT_FALSE(taken_back.ok());
  EXPECT_EQ(taken_back.error().code, ErrorCode::conflict);
  auto stale = initiatives_->make_plan(proposed.id, proposed.version, cora_);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);

  const Initiative planned = get(initiatives_->make_plan(proposed.id, accepted.version, cora_));
  ASSERT_TRUE(planned.action_plan_id.has_value());
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  const auto plan = get(actions::store::get_plan(**lease, *planned.action_plan_id));
  EXPECT_EQ(plan.title, proposed.title);
  EXPECT_EQ(plan.event_id, event_);
  EXPECT_EQ(plan.programme_id, proposed.programme_id);
  auto twice = initiatives_->make_plan(proposed.id, planned.version, cora_);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
}

TEST_P(InitiativesTest, BadInputIsNamedAndChangesNothing) {
  Initiative bad;
  bad.title = " ";
  bad.workstream_id = 42;
  bad.themes = {"no_such_theme"};
  bad.proposer_person_id = 99999;
  auto refused = initiatives_->create(bad, cora_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()),
            (std::set<std::string>{"title", "workstream_id", "themes", "proposer_person_id"}));
  EXPECT_TRUE(get(initiatives_->list({}, cora_)).empty());

  const Initiative i = by_hand("Peer supporters");
  auto wrong = initiatives_->rate(i.id, rating(6, 0, 3, 3), cora_);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(fields_of(wrong.error()), (std::set<std::string>{"impact", "feasibility"}));
  EXPECT_EQ(get(initiatives_->get(i.id, cora_)).score.raters, 0);

  Weights zero;
  zero.impact = zero.feasibility = zero.urgency = zero.fit = 0;
  auto nothing_counts = initiatives_->set_weights(*i.programme_id, zero, 0, cora_);
  ASSERT_FALSE(nothing_counts.ok());
  EXPECT_EQ(fields_of(nothing_counts.error()), std::set<std::string>{"impact"});
  auto stale = initiatives_->set_weights(*i.programme_id, Weights{}, 3, cora_);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  auto from_nothing = initiatives_->from_outcome(99999, cora_);
  ASSERT_FALSE(from_nothing.ok());
  EXPECT_EQ(fields_of(from_nothing.error()), std::set<std::string>{"outcome_id"});
}

INSTANTIATE_TEST_SUITE_P(Backends, InitiativesTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::initiatives
