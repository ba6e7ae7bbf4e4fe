// The evaluation on both backends: the form and its If-Match, answers through personal links
// (once per phase, the form fixed after the first), the follow-up's fresh links, and results.
#include "evaluation/service.h"

#include "access/service.h"
#include "events/service.h"
#include "events/wire.h"
#include "register/register_test_support.h"

namespace samla::evaluation {
namespace {

using registry::testing::RegisterTest;

class EvaluationTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("evaluation");
    if (HasFatalFailure()) return;
    events_ = std::make_unique<events::EventsService>(*pool_);
    evaluation_ = std::make_unique<EvaluationService>(*pool_, *events_);
    event_ = meeting();
    for (const char* name : {"Ada Answerer", "Bo Answerer"}) {
      registry::Person p = make_person(name);
      p.email = std::string(name).substr(0, 2) + "@example.org";
      auto saved = service_->update_person(p.meta.id, p, std::nullopt, coordinator());
      ASSERT_TRUE(saved.ok()) << saved.error().message;
      people_.push_back(p.meta.id);
    }
  }
  void TearDown() override {
    evaluation_.reset();
    events_.reset();
    RegisterTest::TearDown();
  }

  events::Event meeting() {
    auto read = events::event_from_json(nlohmann::json::parse(
        R"({"title": "Follow-up meeting", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/follow-up", "capacity": 20,
            "starts_at": "2026-03-10T10:00", "ends_at": "2026-03-10T15:00",
            "time_zone": "Europe/Stockholm"})"));
    EXPECT_TRUE(read.ok());
    auto made = events_->events().create(read.ok() ? read.value() : events::Event{}, coordinator());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return made.ok() ? made.value() : events::Event{};
  }

  void move(const char* to) {
    auto moved = events_->transition(event_.id, to, std::nullopt, std::nullopt, coordinator());
    ASSERT_TRUE(moved.ok()) << to << ": " << (moved.ok() ? "" : moved.error().message);
  }

  // The newest personal link's token of each recipient, by name.
  std::map<std::string, std::string> tokens() {
    auto outbox = events_->outbox(coordinator());
    EXPECT_TRUE(outbox.ok());
    std::map<std::string, std::string> out;
    for (const auto& m : outbox->messages)  // newest first
      if (m.personal_link && !out.count(m.to_name))
        out[m.to_name] = m.personal_link->substr(m.personal_link->find('#') + 1);
    return out;
  }

  void invite() {
    move("designed");
    move("open_for_invitations");
    ASSERT_TRUE(
        events_->propose(event_.id, std::nullopt, people_, std::nullopt, coordinator()).ok());
    ASSERT_TRUE(events_->send(event_.id, std::nullopt, coordinator()).ok());
  }

  AnswerInput rating(const char* phase, std::int64_t value) {
    return {phase, {{1, value, {}}, {2, value, {}}}};
  }

  std::unique_ptr<events::EventsService> events_;
  std::unique_ptr<EvaluationService> evaluation_;
  events::Event event_;
  std::vector<std::int64_t> people_;
};

TEST_P(EvaluationTest, TheFormChangesWithIfMatchUntilTheFirstAnswer) {
  auto form = evaluation_->form(event_.id, coordinator());
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->version, 0);
  EXPECT_FALSE(form->customised);
  auto items = form->items;
  items.push_back({0, "scale", "Jag vet mer om kamratstöd.", "I know more about peer support."});
  auto stale = evaluation_->put_form(event_.id, items, 2, coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  auto saved = evaluation_->put_form(event_.id, items, 0, coordinator());
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(saved->version, 1);
  EXPECT_EQ(saved->items.back().id, 7);
  EXPECT_EQ(audit_count("evaluation_form"), 1);

  invite();
  auto links = tokens();
  ASSERT_EQ(links.size(), 2u);
  auto view = evaluation_->participant_form(links["Ada Answerer"]);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->open_phase, "before");
  EXPECT_EQ(view->items.size(), 7u);
  ASSERT_TRUE(evaluation_->answer(links["Ada Answerer"], rating("before", 2)).ok());
  auto twice = evaluation_->answer(links["Ada Answerer"], rating("before", 3));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().fields.at(0).code, Msg::already_answered);
  auto late = evaluation_->put_form(event_.id, items, 1, coordinator());
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().fields.at(0).code, Msg::form_has_answers);
  auto wrong = evaluation_->answer(links["Bo Answerer"], rating("after", 3));
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().fields.at(0).code, Msg::not_open_for_answers);
}

TEST_P(EvaluationTest, TheFollowUpOpensTheAfterFormForThoseWhoCame) {
  invite();
  auto before = tokens();
  for (const auto& [name, token] : before)
    ASSERT_TRUE(evaluation_->answer(token, rating("before", 2)).ok()) << name;
  auto early = evaluation_->send_follow_ups(event_.id, coordinator());
  ASSERT_FALSE(early.ok());  // not held yet
  auto invitations = events_->invitations(event_.id);
  ASSERT_TRUE(invitations.ok());
  // Ada accepted; Bo never answered the invitation, so is not asked afterwards.
  for (const auto& v : *invitations) {
    if (v.person_name != "Ada Answerer") continue;
    ASSERT_TRUE(events_->move_invitation(v.id, "accepted", "", std::nullopt, coordinator()).ok());
  }
  move("held");
  auto queued = evaluation_->send_follow_ups(event_.id, coordinator());
  ASSERT_TRUE(queued.ok()) << queued.error().message;
  EXPECT_EQ(*queued, 1);
  auto after = tokens();
  EXPECT_NE(after["Ada Answerer"], before["Ada Answerer"]);
  EXPECT_FALSE(evaluation_->participant_form(before["Ada Answerer"]).ok());  // replaced
  ASSERT_TRUE(evaluation_->answer(after["Ada Answerer"], rating("after", 4)).ok());
  auto again = evaluation_->send_follow_ups(event_.id, coordinator());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().fields.at(0).code, Msg::nobody_to_follow_up);

  auto results = evaluation_->results(event_.id, std::nullopt, as_coordinator());
  ASSERT_TRUE(results.ok()) << results.error().message;
  EXPECT_EQ(results->answered_before, 2);
  EXPECT_EQ(results->answered_both, 1);
  EXPECT_EQ(results->items[0].shift.n, 1);
  EXPECT_DOUBLE_EQ(*results->items[0].shift.mean_shift, 2.0);
  EXPECT_DOUBLE_EQ(*results->items[0].before.mean, 2.0);
}

INSTANTIATE_TEST_SUITE_P(Backends, EvaluationTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::evaluation
