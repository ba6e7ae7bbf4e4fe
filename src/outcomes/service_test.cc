// Outcomes on both backends: who may write and read them, their order, If-Match, the hidden
// speaker of an unnamed quote, and agenda item ids that survive an edit of the agenda.
#include "outcomes/service.h"

#include "access/service.h"
#include "events/service.h"
#include "events/wire.h"
#include "outcomes/store.h"
#include "register/register_test_support.h"

namespace samla::outcomes {
namespace {

using registry::testing::RegisterTest;

class OutcomesTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("outcomes");
    if (HasFatalFailure()) return;
    access_ = std::make_unique<access::AccessService>(*pool_);
    events_ = std::make_unique<events::EventsService>(*pool_);
    outcomes_ = std::make_unique<OutcomesService>(*pool_);
    ours_ = user("Fia Facilitator", access::Role::facilitator);
    theirs_ = user("Frank Facilitator", access::Role::facilitator);
    owner_ = make_organisation("Folkhälsomyndigheten").meta.id;
    speaker_ = make_person("Sam Speaker").meta.id;
    event_ = meeting();
  }
  void TearDown() override {
    outcomes_.reset();
    events_.reset();
    access_.reset();
    RegisterTest::TearDown();
  }

  access::Principal user(const std::string& name, access::Role role) {
    auto made = access_->create_user(name, role, "a long enough password", coordinator());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return {made.ok() ? made->id : 0, name, role, std::nullopt};
  }

  // A group meeting (no readiness gate) in the past, so it can be held, with two agenda items
  // and Fia as its facilitator.
  events::Event meeting() {
    auto read = events::event_from_json(nlohmann::json::parse(
        R"({"title": "Follow-up meeting", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/follow-up", "capacity": 20,
            "starts_at": "2026-03-10T10:00", "ends_at": "2026-03-10T15:00",
            "time_zone": "Europe/Stockholm", "agenda": [{"time": "10:00", "title": "Welcome"},
            {"time": "11:00", "title": "Peer support"}]})"));
    EXPECT_TRUE(read.ok());
    events::Event e = read.ok() ? read.value() : events::Event{};
    e.facilitator_user_ids = {ours_.user_id};
    auto made = events_->events().create(e, coordinator());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return made.ok() ? made.value() : e;
  }

  void hold() {
    for (const char* to : {"designed", "open_for_invitations", "held"}) {
      auto moved = events_->transition(event_.id, to, std::nullopt, std::nullopt, coordinator());
      ASSERT_TRUE(moved.ok()) << to << ": " << (moved.ok() ? "" : moved.error().message);
    }
  }

  Outcome action_point() {
    Outcome o;
    o.kind = "action_point";
    o.text = "Map the peer-support services of each region";
    o.owner_organisation_id = owner_;
    o.due_date = "2026-09-30";
    o.priority = "high";
    o.agenda_item_id = event_.agenda.at(1).id;
    return o;
  }

  Outcome insight(const std::string& text) {
    Outcome o;
    o.text = text;
    return o;
  }

  std::unique_ptr<access::AccessService> access_;
  std::unique_ptr<events::EventsService> events_;
  std::unique_ptr<OutcomesService> outcomes_;
  access::Principal ours_, theirs_;
  std::int64_t owner_ = 0, speaker_ = 0;
  events::Event event_;
};

TEST_P(OutcomesTest, TheEventsFacilitatorRecordsAnActionPointWithItsOwnerAndAgendaItem) {
  ASSERT_EQ(event_.agenda.at(0).id, 1);
  ASSERT_EQ(event_.agenda.at(1).id, 2);
  auto made = outcomes_->create(event_.id, action_point(), ours_);
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_EQ(made->position, 1);
  EXPECT_EQ(made->status, "draft");
  EXPECT_EQ(made->owner_name, "Folkhälsomyndigheten");
  EXPECT_EQ(made->agenda_item_id, 2);
  EXPECT_EQ(made->created_by, "Fia Facilitator");
  EXPECT_EQ(audit_count("outcome"), 1);

  auto refused = outcomes_->create(event_.id, insight("Not my event"), theirs_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  EXPECT_TRUE(outcomes_->create(event_.id, insight("A coordinator may"), coordinator()).ok());
}

TEST_P(OutcomesTest, BadInputChangesNothing) {
  Outcome no_owner = action_point();
  no_owner.owner_organisation_id.reset();
  no_owner.due_date = "2026-03-09";  // before the event
  auto refused = outcomes_->create(event_.id, no_owner, ours_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid);
  std::set<std::string> named;
  for (const auto& f : refused.error().fields) named.insert(f.field);
  EXPECT_EQ(named, (std::set<std::string>{"owner_person_id", "due_date"}));
  Outcome unknown_theme = insight("On a theme that does not exist");
  unknown_theme.themes = {"astrology"};
  EXPECT_FALSE(outcomes_->create(event_.id, unknown_theme, ours_).ok());
  auto none = outcomes_->list(event_.id, coordinator());
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_EQ(audit_count("outcome"), 0);
}

TEST_P(OutcomesTest, ObserversReadOnceTheEventIsHeldAndNeverAnUnnamedSpeaker) {
  Outcome quote;
  quote.kind = "quote";
  quote.text = "Nobody asked us before.";
  quote.speaker_person_id = speaker_;
  ASSERT_TRUE(outcomes_->create(event_.id, quote, ours_).ok());
  auto early = outcomes_->list(event_.id, observer());
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::forbidden);
  hold();
  auto seen = outcomes_->list(event_.id, observer());
  ASSERT_TRUE(seen.ok()) << seen.error().message;
  ASSERT_EQ(seen->size(), 1u);
  EXPECT_FALSE(seen->front().speaker_person_id);
  EXPECT_FALSE(seen->front().speaker_name);
  auto by_writer = outcomes_->list(event_.id, ours_);
  ASSERT_TRUE(by_writer.ok());
  EXPECT_EQ(by_writer->front().speaker_person_id, speaker_);
  EXPECT_FALSE(by_writer->front().speaker_name);  // a name only once they agreed

  Outcome named = by_writer->front();
  named.named_on = "2026-03-10";
  ASSERT_TRUE(outcomes_->update(event_.id, named.id, named, named.version, ours_).ok());
  auto after = outcomes_->list(event_.id, observer());
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->front().speaker_person_id, speaker_);
  EXPECT_EQ(after->front().speaker_name, "Sam Speaker");
}

TEST_P(OutcomesTest, ReordersOnlyWithEveryOutcomeAndChecksVersions) {
  std::vector<std::int64_t> ids;
  for (const char* text : {"First", "Second", "Third"}) {
    auto made = outcomes_->create(event_.id, insight(text), ours_);
    ASSERT_TRUE(made.ok());
    ids.push_back(made->id);
  }
  auto partial = outcomes_->reorder(event_.id, {ids[2], ids[0]}, ours_);
  ASSERT_FALSE(partial.ok());
  EXPECT_EQ(partial.error().code, ErrorCode::invalid);
  auto moved = outcomes_->reorder(event_.id, {ids[2], ids[0], ids[1]}, ours_);
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  std::vector<std::string> texts;
  for (const auto& o : *moved) texts.push_back(o.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Third", "First", "Second"}));
  EXPECT_EQ(moved->front().position, 1);

  Outcome stale = moved->front();
  stale.text = "Changed";
  ASSERT_TRUE(outcomes_->update(event_.id, stale.id, stale, stale.version, ours_).ok());
  auto lost = outcomes_->update(event_.id, stale.id, stale, stale.version, ours_);
  ASSERT_FALSE(lost.ok());
  EXPECT_EQ(lost.error().code, ErrorCode::precondition_failed);
  auto gone = outcomes_->remove(event_.id, stale.id, stale.version + 1, ours_);
  EXPECT_TRUE(gone.ok()) << gone.error().message;
  auto missing_event = outcomes_->get(event_.id + 1000, ids[0], coordinator());
  EXPECT_FALSE(missing_event.ok());
  events::Event second = meeting();
  auto through_other = outcomes_->get(second.id, ids[0], coordinator());
  ASSERT_FALSE(through_other.ok());
  EXPECT_EQ(through_other.error().code, ErrorCode::not_found);
  EXPECT_FALSE(outcomes_->remove(second.id, ids[0], std::nullopt, coordinator()).ok());
  EXPECT_TRUE(outcomes_->get(event_.id, ids[0], coordinator()).ok());
}

TEST_P(OutcomesTest, OnlyCoordinatorsNameAnEventsFacilitatorAccounts) {
  events::Event taken = event_;
  taken.facilitator_user_ids.push_back(theirs_.user_id);
  auto refused = events_->events().update(event_.id, taken, event_.version, theirs_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  // Fia may still edit her event as long as she leaves the accounts as they are.
  events::Event retitled = event_;
  retitled.title = "Follow-up meeting on peer support";
  EXPECT_TRUE(events_->events().update(event_.id, retitled, event_.version, ours_).ok());
  // A facilitator making an event names only themselves.
  events::Event own = event_;
  own.facilitator_user_ids = {theirs_.user_id};
  EXPECT_TRUE(events_->events().create(own, theirs_).ok());
  own.facilitator_user_ids = {theirs_.user_id, ours_.user_id};
  EXPECT_FALSE(events_->events().create(own, theirs_).ok());
  EXPECT_TRUE(events_->events().update(event_.id, taken, event_.version + 1, coordinator()).ok());
}

TEST_P(OutcomesTest, AgendaItemsKeepTheirIdsWhenTheAgendaChanges) {
  events::Event edited = event_;
  // A new first item, the old first one removed, "Peer support" kept by its id.
  edited.agenda = {{"09:30", "Coffee", "", {}}, event_.agenda.at(1)};
  auto saved = events_->events().update(event_.id, edited, event_.version, coordinator());
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  ASSERT_EQ(saved->agenda.size(), 2u);
  EXPECT_EQ(saved->agenda[0].id, 3);  // never reuses 1
  EXPECT_EQ(saved->agenda[1].id, 2);
  auto read = events_->events().get(event_.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->agenda[1].id, 2);
  EXPECT_EQ(read->agenda_next_id, 4);

  events::Event twice = *read;
  twice.agenda[0].id = 2;  // the same id on two items
  auto refused = events_->events().update(event_.id, twice, read->version, coordinator());
  ASSERT_FALSE(refused.ok());
  ASSERT_FALSE(refused.error().fields.empty());
  EXPECT_EQ(refused.error().fields.front().field, "agenda[1].id");
}

INSTANTIATE_TEST_SUITE_P(Backends, OutcomesTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::outcomes
