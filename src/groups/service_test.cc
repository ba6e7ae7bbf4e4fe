// Follow-up groups on both backends: a coordinator sets one up with members and deliverables,
// its lead (through the account linked to them) manages it but may not hand the lead on,
// others are refused, bad input is named and changes nothing, and its meetings are events.
#include "groups/service.h"

#include <set>

#include "access/service.h"
#include "events/wire.h"
#include "register/register_test_support.h"
#include "register/store.h"

namespace samla::groups {
namespace {

using registry::testing::RegisterTest;

class GroupsTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("groups");
    if (HasFatalFailure()) return;
    access_ = std::make_unique<access::AccessService>(*pool_);
    access_->set_person_check(registry::store::check_person_exists);
    groups_ = std::make_unique<GroupsService>(*pool_);
    lena_ = make_person("Lena Lead").meta.id;
    mona_ = make_person("Mona Member").meta.id;
    lead_ = user("lena", access::Role::participant, lena_);
    member_ = user("mona", access::Role::facilitator, mona_);
  }
  void TearDown() override {
    groups_.reset();
    access_.reset();
    RegisterTest::TearDown();
  }

  access::Principal user(const std::string& name, access::Role role, std::int64_t person) {
    auto made = access_->create_user(name, role, "a long enough password", coordinator(), person);
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return {made.ok() ? made->id : 0, name, role, std::nullopt};
  }

  Group working_group() {
    Group g;
    g.kind = "working_group";
    g.name = "Working group on first contact";
    g.objective = "A first contact within a week";
    g.lead_person_id = lena_;
    g.start_date = "2026-01-01";
    g.members = {{lena_, std::nullopt, "chair", "2026-01-01", std::nullopt},
                 {mona_, std::nullopt, "member", "2026-01-01", "2026-06-30"}};
    g.deliverables = {{0, "A map of first-contact routes", "2026-05-31", "planned"}};
    return g;
  }

  std::unique_ptr<access::AccessService> access_;
  std::unique_ptr<GroupsService> groups_;
  std::int64_t lena_ = 0, mona_ = 0;
  access::Principal lead_, member_;
};

TEST_P(GroupsTest, ACoordinatorSetsUpAGroupAndItsLeadManagesIt) {
  auto made = groups_->create(working_group(), coordinator());
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_EQ(made->lead_name, "Lena Lead");
  ASSERT_EQ(made->members.size(), 2u);
  EXPECT_EQ(made->members[1].name, "Mona Member");
  EXPECT_EQ(made->members[1].to_date, "2026-06-30");
  ASSERT_EQ(made->deliverables.size(), 1u);
  EXPECT_EQ(made->deliverables[0].id, 1);
  EXPECT_EQ(audit_count("group"), 1);

  // The lead adds a deliverable (the first keeps its id) and Mona comes back in the autumn.
  Group next = *made;
  next.deliverables.push_back({0, "Recommendations", "2026-11-30", "planned"});
  next.members.push_back({mona_, std::nullopt, "member", "2026-09-01", std::nullopt});
  auto changed = groups_->update(made->id, next, made->version, lead_);
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  EXPECT_EQ(changed->deliverables[1].id, 2);
  EXPECT_EQ(changed->members.size(), 3u);

  // A member who does not lead it may not; nor may the lead hand the lead on.
  auto refused = groups_->update(made->id, *changed, changed->version, member_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  Group handed = *changed;
  handed.lead_person_id = mona_;
  auto not_lead = groups_->update(made->id, handed, changed->version, lead_);
  ASSERT_FALSE(not_lead.ok());
  EXPECT_EQ(not_lead.error().code, ErrorCode::forbidden);
  EXPECT_TRUE(groups_->update(made->id, handed, changed->version, coordinator()).ok());
}

TEST_P(GroupsTest, BadInputIsNamedAndChangesNothing) {
  Group bad = working_group();
  bad.kind = "book_club";
  bad.end_date = "2025-12-31";
  bad.members.push_back({mona_, std::nullopt, "member", "2026-03-01", std::nullopt});  // overlaps
  bad.members.push_back({99999, std::nullopt, "guest", "", std::nullopt});
  bad.deliverables.push_back({0, "", std::nullopt, "someday"});
  auto refused = groups_->create(bad, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(
      fields_of(refused.error()),
      (std::set<std::string>{"kind", "end_date", "members[2].person_id", "members[3].person_id",
                             "members[3].role", "members[3].from_date", "deliverables[1].title",
                             "deliverables[1].status"}));
  auto none = groups_->list();
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_EQ(audit_count("group"), 0);
}

TEST_P(GroupsTest, AMeetingIsAnEventOfTheGroupAndTheLeadPlansIt) {
  auto made = groups_->create(working_group(), coordinator());
  ASSERT_TRUE(made.ok());
  auto read = events::event_from_json(nlohmann::json::parse(
      R"({"title": "Meeting 1", "type": "group_meeting", "format": "online", "link": "https://meet.example.org/wg",
          "starts_at": "2026-04-01T10:00", "ends_at": "2026-04-01T12:00",
          "time_zone": "Europe/Stockholm", "capacity": 10})"));
  ASSERT_TRUE(read.ok());
  auto meeting = groups_->add_meeting(made->id, *read, lead_);
  ASSERT_TRUE(meeting.ok()) << meeting.error().message;
  EXPECT_EQ(meeting->type, "group_meeting");
  EXPECT_FALSE(groups_->add_meeting(made->id, *read, member_).ok());
  auto meetings = groups_->meetings(made->id);
  ASSERT_TRUE(meetings.ok());
  ASSERT_EQ(meetings->size(), 1u);
  EXPECT_EQ(meetings->front().title, "Meeting 1");
  auto group = groups_->get(made->id);
  ASSERT_TRUE(group.ok());
  EXPECT_EQ(group->meeting_count, 1);

  // What the app installs: a group that something still needs is not deleted.
  groups_->set_in_use_check([](storage::Session&, std::int64_t) -> Status {
    return make_error(ErrorCode::conflict, Msg::group_has_plans, {{"count", "1"}});
  });
  auto kept = groups_->remove(made->id, std::nullopt, coordinator());
  ASSERT_FALSE(kept.ok());
  EXPECT_EQ(kept.error().code, ErrorCode::conflict);
  groups_->set_in_use_check(nullptr);
  auto gone = groups_->remove(made->id, std::nullopt, coordinator());
  EXPECT_TRUE(gone.ok()) << gone.error().message;
}

INSTANTIATE_TEST_SUITE_P(Backends, GroupsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::groups
