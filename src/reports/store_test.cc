// Reports on both backends: a draft's texts with If-Match, review, approval with its snapshot,
// comments, the public link (only its hash stored) and the event's gate to "reported".
#include "reports/store.h"

#include "access/credentials.h"
#include "actions/store.h"
#include "events/service.h"
#include "events/wire.h"
#include "register/register_test_support.h"
#include "reports/content.h"

namespace samla::reports {
namespace {

using registry::testing::RegisterTest;

class ReportsTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("reports");  // with the action plans before it
    if (HasFatalFailure()) return;
    events_ = std::make_unique<events::EventsService>(*pool_);
    events_->set_reported_gate(store::has_approved_report);
    auto read = events::event_from_json(nlohmann::json::parse(
        R"({"title": "Follow-up meeting", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/follow-up", "capacity": 20,
            "starts_at": "2026-03-10T10:00", "ends_at": "2026-03-10T15:00",
            "time_zone": "Europe/Stockholm"})"));
    ASSERT_TRUE(read.ok());
    auto made = events_->events().create(*read, coordinator());
    ASSERT_TRUE(made.ok());
    event_ = *made;
    for (const char* to : {"designed", "open_for_invitations", "held"})
      ASSERT_TRUE(
          events_->transition(event_.id, to, std::nullopt, std::nullopt, coordinator()).ok());
  }
  void TearDown() override {
    events_.reset();
    RegisterTest::TearDown();
  }

  template <typename Work>
  auto in_transaction(Work work) {
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    return storage::in_transaction(**lease, work);
  }

  std::unique_ptr<events::EventsService> events_;
  events::Event event_;
};

TEST_P(ReportsTest, FromDraftToPublishedWithItsSnapshotAndLink) {
  auto report = in_transaction([&](storage::Session& s) {
    Report r;
    r.event_id = event_.id;
    r.intro_en = "What the meeting did.";
    return store::insert_report(s, r, coordinator());
  });
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->title, "Follow-up meeting");
  EXPECT_EQ(audit_count("report"), 1);

  Report texts = *report;
  texts.conclusions_sv = "Nästa möte i maj.";
  auto stale = in_transaction([&](storage::Session& s) {
    return store::update_texts(s, report->id, texts, 5, coordinator());
  });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  auto changed = in_transaction([&](storage::Session& s) {
    return store::update_texts(s, report->id, texts, 1, coordinator());
  });
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->version, 2);

  // Not reported without an approved report.
  auto early =
      events_->transition(event_.id, "reported", std::nullopt, std::nullopt, coordinator());
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().fields.at(0).code, Msg::needs_approved_report);

  auto reviewed = in_transaction([&](storage::Session& s) -> Result<Report> {
    SAMLA_ASSIGN(Report r, store::move_report(s, report->id, "in_review", std::nullopt,
                                              std::nullopt, coordinator()));
    SAMLA_TRY(store::insert_comment(s, r.id, "Looks right.", coordinator()));
    SAMLA_ASSIGN(auto content, gather_content(s, r));
    return store::move_report(s, r.id, "approved", content, r.version, coordinator());
  });
  ASSERT_TRUE(reviewed.ok()) << reviewed.error().message;
  EXPECT_EQ(reviewed->approved_by, "Coordinator");
  auto comments =
      in_transaction([&](storage::Session& s) { return store::comments_of(s, report->id); });
  ASSERT_TRUE(comments.ok());
  ASSERT_EQ(comments->size(), 1u);
  auto snapshot =
      in_transaction([&](storage::Session& s) { return store::snapshot_of(s, report->id); });
  ASSERT_TRUE(snapshot.ok() && snapshot->has_value());
  EXPECT_EQ((**snapshot)["events"][0]["title"], "Follow-up meeting");
  EXPECT_TRUE(
      events_->transition(event_.id, "reported", std::nullopt, std::nullopt, coordinator()).ok());

  auto not_yet = in_transaction([&](storage::Session& s) {
    return store::set_public_link(s, report->id, true, coordinator());
  });
  EXPECT_FALSE(not_yet.ok());  // approved, not published
  auto token = in_transaction([&](storage::Session& s) -> Result<std::optional<std::string>> {
    SAMLA_TRY(
        store::move_report(s, report->id, "published", std::nullopt, std::nullopt, coordinator()));
    return store::set_public_link(s, report->id, true, coordinator());
  });
  ASSERT_TRUE(token.ok() && token->has_value());
  auto stored = in_transaction([&](storage::Session& s) {
    return s.query_one("SELECT public_token_hash FROM reports WHERE id = ?", {report->id});
  });
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->text(0), access::credentials::sha256_hex(**token));
  auto opened =
      in_transaction([&](storage::Session& s) { return store::by_public_token(s, **token); });
  ASSERT_TRUE(opened.ok());
  EXPECT_TRUE(opened->public_link);
  // Withdrawing the publication ends the link.
  ASSERT_TRUE(in_transaction([&](storage::Session& s) {
                return store::move_report(s, report->id, "approved", std::nullopt, std::nullopt,
                                          coordinator());
              }).ok());
  EXPECT_FALSE(
      in_transaction([&](storage::Session& s) { return store::by_public_token(s, **token); }).ok());
}

TEST_P(ReportsTest, AProgrammeReportSaysWhereTheActionsOfItsThemeAndEventsStand) {
  registry::Theme theme;
  theme.slug = "peer_support";
  theme.name_en = "Peer support";
  theme.name_sv = "Kamratstöd";
  ASSERT_TRUE(service_->create_theme(theme, coordinator()).ok());
  const auto agency = make_organisation("Socialstyrelsen").meta.id;
  auto made = in_transaction([&](storage::Session& s) -> Result<std::int64_t> {
    actions::ActionPlan themed, elsewhere;
    themed.title = "Peer support";
    themed.theme = "peer_support";
    SAMLA_ASSIGN(themed, actions::store::insert_plan(s, themed, coordinator()));
    elsewhere.title = "The follow-up meeting's plan";
    elsewhere.event_id = event_.id;
    SAMLA_ASSIGN(elsewhere, actions::store::insert_plan(s, elsewhere, coordinator()));
    auto action = [&](std::int64_t plan, const std::string& title, const std::string& due) {
      actions::Action a;
      a.plan_id = plan;
      a.title = title;
      a.accountable = actions::Party{std::nullopt, agency, std::nullopt};
      a.start_date = "2026-01-01";
      a.due_date = due;
      return actions::store::insert_action(s, a, coordinator());
    };
    SAMLA_ASSIGN(auto late, action(themed.id, "Train peer supporters", "2026-02-01"));
    SAMLA_ASSIGN(auto done, action(themed.id, "Publish the guide", "2026-12-31"));
    SAMLA_TRY(action(elsewhere.id, "Book the next meeting", "2026-02-01"));
    SAMLA_TRY(actions::store::add_update(s, done.id, {"agreed", std::nullopt, "", ""}, std::nullopt,
                                         coordinator()));
    SAMLA_TRY(actions::store::add_update(s, done.id, {"in_progress", 50, "", ""}, std::nullopt,
                                         coordinator()));
    SAMLA_TRY(actions::store::add_update(s, done.id, {"done", std::nullopt, "", ""}, std::nullopt,
                                         coordinator()));
    return late.id;
  });
  ASSERT_TRUE(made.ok()) << made.error().message;

  Report by_theme;
  by_theme.theme = "peer_support";
  auto content = in_transaction([&](storage::Session& s) { return gather_content(s, by_theme); });
  ASSERT_TRUE(content.ok()) << content.error().message;
  const auto& plan = (*content)["action_plan"];
  EXPECT_EQ(plan["total"], 2);  // not the other plan's action: its event has no such theme
  EXPECT_EQ(plan["by_status"]["done"], 1);
  EXPECT_EQ(plan["by_status"]["proposed"], 1);
  EXPECT_EQ(plan["overdue"], 1);
  ASSERT_EQ(plan["overdue_list"].size(), 1u);
  EXPECT_EQ(plan["overdue_list"][0]["title"], "Train peer supporters");
  EXPECT_EQ(plan["overdue_list"][0]["accountable"], "Socialstyrelsen");
  ASSERT_FALSE(plan["burn_up"].empty());
  EXPECT_EQ(plan["burn_up"].back()["total"], 2);
  EXPECT_EQ(plan["burn_up"].back()["done"], 1);

  Report of_event;
  of_event.event_id = event_.id;
  auto event_content =
      in_transaction([&](storage::Session& s) { return gather_content(s, of_event); });
  ASSERT_TRUE(event_content.ok());
  EXPECT_EQ((*event_content)["action_plan"]["total"], 1);
  EXPECT_EQ((*event_content)["action_plan"]["overdue_list"][0]["title"], "Book the next meeting");
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::reports
