// The actions capability's test fixture on both backends: a register with an agency, two
// people with accounts (Rita carries out actions, Olle does not), an observer, and helpers for
// plans, actions and an event with an action point. Used by the service and the e-mail tests.
#pragma once

#include <set>

#include "access/service.h"
#include "actions/service.h"
#include "events/service.h"
#include "events/wire.h"
#include "outcomes/service.h"
#include "register/register_test_support.h"
#include "register/store.h"

namespace samla::actions::testing {

using registry::testing::RegisterTest;

using samla::fields_of;  // core/test_assertions.h

class ActionsTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("actions");
    if (HasFatalFailure()) return;
    access_ = std::make_unique<access::AccessService>(*pool_);
    access_->set_person_check(registry::store::check_person_exists);
    events_ = std::make_unique<events::EventsService>(*pool_);
    outcomes_ = std::make_unique<outcomes::OutcomesService>(*pool_);
    actions_ = std::make_unique<ActionsService>(*pool_);
    agency_ = make_organisation("Folkhälsomyndigheten").meta.id;
    rita_ = make_person("Rita Responsible").meta.id;
    other_person_ = make_person("Olle Other").meta.id;
    rita_user_ = user("rita", access::Role::participant, rita_);
    olle_user_ = user("olle", access::Role::facilitator, other_person_);
    observer_ = user("obs", access::Role::observer, std::nullopt);
  }
  void TearDown() override {
    actions_.reset();
    outcomes_.reset();
    events_.reset();
    access_.reset();
    RegisterTest::TearDown();
  }

  access::Principal user(const std::string& name, access::Role role,
                         std::optional<std::int64_t> person) {
    auto made = access_->create_user(name, role, "a long enough password", coordinator(), person);
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return {made.ok() ? made->id : 0, name, role, std::nullopt};
  }

  std::int64_t held_event_with_action_point() {
    auto read = events::event_from_json(nlohmann::json::parse(
        R"({"title": "Follow-up meeting", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/follow-up", "capacity": 20,
            "starts_at": "2026-03-10T10:00", "ends_at": "2026-03-10T15:00",
            "time_zone": "Europe/Stockholm"})"));
    EXPECT_TRUE(read.ok());
    auto made = events_->events().create(read.value(), coordinator());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    event_ = made->id;
    outcomes::Outcome point;
    point.kind = "action_point";
    point.text = "Map the peer-support services of each region\nStart with the north.";
    point.owner_organisation_id = agency_;
    point.due_date = "2026-09-30";
    point.priority = "high";
    auto recorded = outcomes_->create(event_, point, coordinator());
    EXPECT_TRUE(recorded.ok()) << (recorded.ok() ? "" : recorded.error().message);
    return recorded.ok() ? recorded->id : 0;
  }

  ActionPlan theme_plan() {
    ActionPlan p;
    p.title = "Peer support";
    auto theme = make_theme("peer_support");
    p.theme = theme;
    auto made = actions_->create_plan(p, coordinator());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return made.ok() ? made.value() : p;
  }

  std::string make_theme(const std::string& slug) {
    registry::Theme t;
    t.slug = slug;
    t.name_en = "Peer support";
    t.name_sv = "Kamratstöd";
    auto made = service_->create_theme(t, coordinator());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return slug;
  }

  Action by_hand(std::int64_t plan, const std::string& title) {
    Action a;
    a.plan_id = plan;
    a.title = title;
    a.accountable = Party{std::nullopt, agency_, std::nullopt};
    a.responsible = {Party{rita_, std::nullopt, std::nullopt}};
    return a;
  }

  std::unique_ptr<access::AccessService> access_;
  std::unique_ptr<events::EventsService> events_;
  std::unique_ptr<outcomes::OutcomesService> outcomes_;
  std::unique_ptr<ActionsService> actions_;
  std::int64_t agency_ = 0, rita_ = 0, other_person_ = 0, event_ = 0;
  access::Principal rita_user_, olle_user_, observer_;
};

}  // namespace samla::actions::testing
