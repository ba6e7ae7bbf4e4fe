// E-mail about actions on both backends: each person who answers for or carries out open
// actions gets one digest a week in their language, nothing twice when the job runs again,
// none after unsubscribing by the link (which needs no account) or by their own setting; and a
// reminder a few days before a due date.
#include "actions/digests.h"

#include "actions/actions_test_support.h"
#include "actions/mail.h"
#include "events/messages.h"

namespace samla::actions {
namespace {

using testing::ActionsTest;

class ActionMailTest : public ActionsTest {
 protected:
  void SetUp() override {
    ActionsTest::SetUp();
    if (HasFatalFailure()) return;
    // Rita speaks Swedish and has an address; Olle has an address and English only.
    set_contact(rita_, "rita@example.org", {"sv", "en"});
    set_contact(other_person_, "olle@example.org", {"en"});
  }

  void set_contact(std::int64_t person, const std::string& email,
                   std::vector<std::string> languages) {
    auto p = service_->get_person(person, as_coordinator());
    ASSERT_TRUE(p.ok());
    registry::Person next = p.value();
    next.email = email;
    next.languages = std::move(languages);
    ASSERT_TRUE(service_->update_person(person, next, std::nullopt, coordinator()).ok());
  }

  jobs::JobContext week(const std::string& period, const std::string& day) {
    TimePoint at;
    EXPECT_TRUE(parse_iso8601(day + "T07:00:00Z", at));
    return {period, at, "https://samla.example.org"};
  }

  Result<Counts> digests(const jobs::JobContext& context) {
    return storage::with_session(
        *pool_, true, [&](storage::Session& s) { return mail::queue_digests(s, context); });
  }
  Result<Counts> reminders(const jobs::JobContext& context) {
    return storage::with_session(
        *pool_, true, [&](storage::Session& s) { return mail::queue_reminders(s, context); });
  }

  std::vector<events::OutboxMessage> outbox(const std::string& kind) {
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    auto all = events::store::outbox(**lease);
    EXPECT_TRUE(all.ok());
    std::vector<events::OutboxMessage> out;
    for (auto& m : all.value())
      if (m.kind == kind) out.push_back(m);
    return out;
  }

  // An open action that Rita carries out, due on `due`.
  Action rita_action(std::int64_t plan, const std::string& title, const std::string& due,
                     const std::string& start = "2026-01-01") {
    Action a = by_hand(plan, title);
    a.start_date = start;
    a.due_date = due;
    auto made = actions_->create(a, coordinator());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return made.ok() ? made.value() : a;
  }
};

TEST_P(ActionMailTest, EachCarrierGetsOneDigestInTheirLanguageAndARerunQueuesNothing) {
  const auto plan = theme_plan();
  rita_action(plan.id, "Map the regions' first-contact routes", "2026-11-20");  // overdue
  // Just begun: not behind its straight line yet.
  rita_action(plan.id, "Write the peer-support guide", "2027-06-30", "2026-12-05");
  Action olle = by_hand(plan.id, "Invite the user organisations");
  olle.responsible = {Party{other_person_, std::nullopt, std::nullopt}};
  ASSERT_TRUE(actions_->create(olle, coordinator()).ok());
  Action dropped = by_hand(plan.id, "A dropped action");
  auto made = actions_->create(dropped, coordinator());
  ASSERT_TRUE(made.ok());
  ASSERT_TRUE(actions_
                  ->add_update(made->id, {"dropped", std::nullopt, "", "No longer needed."},
                               std::nullopt, coordinator())
                  .ok());

  auto first = digests(week("2026-W49", "2026-12-07"));
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->at("messages"), 2);
  auto messages = outbox("digest");
  ASSERT_EQ(messages.size(), 2u);
  const auto& to_rita = messages[0].to_email == "rita@example.org" ? messages[0] : messages[1];
  const auto& to_olle = messages[0].to_email == "rita@example.org" ? messages[1] : messages[0];
  EXPECT_EQ(to_rita.language, "sv");
  EXPECT_EQ(to_rita.subject, "samla: dina åtgärder vecka 49 – 1 behöver uppmärksamhet");
  EXPECT_NE(to_rita.body.find("Försenade (1)\n- Map the regions' first-contact routes"),
            std::string::npos)
      << to_rita.body;
  EXPECT_NE(to_rita.body.find("Write the peer-support guide"), std::string::npos);
  EXPECT_EQ(to_rita.body.find("A dropped action"), std::string::npos);
  EXPECT_EQ(to_rita.body.find("Invite the user organisations"), std::string::npos);
  EXPECT_EQ(to_olle.language, "en");
  EXPECT_EQ(to_olle.subject, "samla: your actions, week 49");
  // The unsubscribe link is the message's personal link, never in the stored body.
  ASSERT_TRUE(to_rita.personal_link);
  EXPECT_EQ(to_rita.personal_link->rfind("https://samla.example.org/unsubscribe#", 0), 0u);
  EXPECT_NE(to_rita.body.find(events::kPersonalLinkSlot), std::string::npos);

  auto again = digests(week("2026-W49", "2026-12-07"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->at("messages"), 0);
  EXPECT_EQ(again->at("already_queued"), 2);
  EXPECT_EQ(outbox("digest").size(), 2u);
  auto next_week = digests(week("2026-W50", "2026-12-14"));
  ASSERT_TRUE(next_week.ok());
  EXPECT_EQ(next_week->at("messages"), 2);
}

TEST_P(ActionMailTest, TheUnsubscribeLinkStopsDigestsAndRemindersWithoutAnAccount) {
  const auto plan = theme_plan();
  rita_action(plan.id, "Map the regions' first-contact routes", "2026-12-09");
  ASSERT_TRUE(digests(week("2026-W49", "2026-12-07")).ok());
  auto messages = outbox("digest");
  ASSERT_EQ(messages.size(), 1u);
  const std::string link = *messages[0].personal_link;
  const std::string secret = link.substr(link.find('#') + 1);

  auto wrong = actions_->unsubscribe("not-a-secret-we-sent");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::not_found);
  ASSERT_TRUE(actions_->unsubscribe(secret).ok());
  ASSERT_TRUE(actions_->unsubscribe(secret).ok());  // a second click is fine
  auto mine = actions_->my_action_mail(rita_user_);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->person_id, rita_);
  EXPECT_FALSE(mine->subscribed);

  auto later = digests(week("2026-W50", "2026-12-08"));
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->at("messages"), 0);
  EXPECT_EQ(later->at("without_address"), 1);
  auto reminded = reminders(week("2026-12-07", "2026-12-07"));
  ASSERT_TRUE(reminded.ok());
  EXPECT_EQ(reminded->at("messages"), 0);

  // Rita asks for them again from her own account; a coordinator sees the change audited.
  auto back = actions_->set_my_action_mail(true, rita_user_);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(audit_count("action_mail"), 2);
  auto resumed = digests(week("2026-W50", "2026-12-08"));
  ASSERT_TRUE(resumed.ok());
  EXPECT_EQ(resumed->at("messages"), 1);
  // An account that stands for no person gets no such mail and cannot ask for it.
  auto nobody = actions_->my_action_mail(observer_);
  ASSERT_TRUE(nobody.ok());
  EXPECT_FALSE(nobody->person_id);
  EXPECT_FALSE(nobody->subscribed);
  auto asked = actions_->set_my_action_mail(true, observer_);
  ASSERT_FALSE(asked.ok());
  EXPECT_EQ(asked.error().code, ErrorCode::not_found);
}

TEST_P(ActionMailTest, ARemindComesOnceInTheDaysBeforeTheDueDate) {
  const auto plan = theme_plan();
  const Action soon = rita_action(plan.id, "Send the draft to the regions", "2026-12-09");
  rita_action(plan.id, "Later work", "2026-12-20");
  rita_action(plan.id, "Already overdue", "2026-12-01");

  auto first = reminders(week("2026-12-07", "2026-12-07"));
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->at("messages"), 1);
  auto next_day = reminders(week("2026-12-08", "2026-12-08"));
  ASSERT_TRUE(next_day.ok());
  EXPECT_EQ(next_day->at("messages"), 0);  // the same action and due date: reminded already
  auto sent = outbox("reminder");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].subject,
            "samla: påminnelse – Send the draft to the regions ska vara klar 2026-12-09");
  EXPECT_NE(sent[0].body.find("https://samla.example.org/actions/" + std::to_string(soon.id)),
            std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ActionMailTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::actions
