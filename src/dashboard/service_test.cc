// The dashboard on both backends: a programme with an event held last quarter and one this
// quarter, two actions (one done, one past its due day) and two organisations' anchoring (one
// decided last quarter), read quarter by quarter; an observer reads the same figures without
// the count of attendees with lived experience (JSON and file alike); bad quarters and an
// unknown programme are named.
#include "dashboard/service.h"

#include "actions/actions_test_support.h"
#include "anchoring/service.h"
#include "core/date.h"
#include "dashboard/quarters.h"
#include "dashboard/wire.h"
#include "network/service.h"
#include "programme/store.h"
#include "register/exporter.h"

namespace samla::dashboard {
namespace {

using actions::testing::ActionsTest;
using actions::testing::fields_of;

class DashboardTest : public ActionsTest {
 protected:
  void SetUp() override {
    ActionsTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("dashboard");
    if (HasFatalFailure()) return;
    network_ = std::make_unique<network::NetworkService>(*pool_);
    dashboard_ = std::make_unique<DashboardService>(*pool_, *network_);
    anchoring_ = std::make_unique<anchoring::AnchoringService>(*pool_);
    today_ = day_from_today(0);
    this_quarter_ = *quarter_of(today_);
    last_quarter_ = shift_quarter(this_quarter_, -1);
  }
  void TearDown() override {
    anchoring_.reset();
    dashboard_.reset();
    network_.reset();
    ActionsTest::TearDown();
  }

  // An event of the default programme held on `day`, attended by `people`.
  void held(const std::string& day, const std::vector<std::int64_t>& people) {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    auto programme = programme::store::default_programme_id(**lease);
    ASSERT_OK(programme);
    auto event = (*lease)->query_one(
        "INSERT INTO events (title, type, status, starts_at, ends_at, time_zone, design, "
        "created_at, updated_at, programme_id) VALUES ('E', 'thematic_workshop', 'held', ?, ?, "
        "'UTC', '{}', 'x', 'x', ?) RETURNING id",
        {day + "T10:00", day + "T11:00", *programme});
    ASSERT_OK(event);
    for (auto person : people)
      ASSERT_OK((*lease)->execute(
          "INSERT INTO invitations (event_id, person_id, status, language, created_at, "
          "updated_at) VALUES (?, ?, 'attended', 'en', 'x', 'x')",
          {event->integer(0), person}));
  }

  DashboardRequest request() const { return {std::nullopt, std::nullopt, std::nullopt, today_}; }

  std::unique_ptr<network::NetworkService> network_;
  std::unique_ptr<DashboardService> dashboard_;
  std::unique_ptr<anchoring::AnchoringService> anchoring_;
  std::string today_;
  Quarter this_quarter_, last_quarter_;
};

TEST_P(DashboardTest, TheProgrammeQuarterByQuarterAndWhatAnObserverDoesNotSee) {
  const auto lena = make_person("Lena Lived", agency_, {"lived_experience", "policymaker"}).meta.id;
  const auto finn = make_person("Finn Finland", std::nullopt, {"researcher"}, "FI").meta.id;
  ASSERT_NO_FATAL_FAILURE(held(last_quarter_.starts_on, {lena, finn}));
  ASSERT_NO_FATAL_FAILURE(held(this_quarter_.starts_on, {lena}));

  const auto plan = theme_plan();
  auto done = get(actions_->create(by_hand(plan.id, "Map peer support"), coordinator()));
  for (const char* step : {"agreed", "in_progress", "done"})
    done = get(
        actions_->add_update(done.id, {step, std::nullopt, "", ""}, done.version, coordinator()));
  auto late_input = by_hand(plan.id, "Train the trainers");
  late_input.due_date = *add_days(today_, -1);
  get(actions_->create(late_input, coordinator()));

  anchoring::Anchoring decided;
  decided.organisation_id = agency_;
  decided.level = "formally_decided";
  decided.deciding_body = "Styrelsen";
  decided.decision_date = last_quarter_.starts_on;
  get(anchoring_->create(decided, coordinator()));
  anchoring::Anchoring consulted;
  consulted.organisation_id = make_organisation("Region Norr", "region").meta.id;
  consulted.level = "consulted";
  get(anchoring_->create(consulted, coordinator()));

  const Dashboard d = get(dashboard_->dashboard(request(), as_coordinator()));
  EXPECT_EQ(d.programme_name.empty(), false);
  ASSERT_EQ(d.quarters.size(), 4u);
  EXPECT_EQ(d.quarters.back().quarter.label, this_quarter_.label);
  EXPECT_TRUE(d.quarters.back().to_date);
  const QuarterFigures& last = d.quarters[2];
  const QuarterFigures& now = d.quarters[3];
  EXPECT_EQ(last.events_held, 1);
  EXPECT_EQ(last.attendances, 2);
  EXPECT_EQ(last.active_people, 2);
  EXPECT_EQ(last.anchoring.at("formally_decided"), 1);
  EXPECT_EQ(last.anchoring.at("consulted"), 0);
  EXPECT_EQ(last.actions, 0) << "the actions were made this quarter";
  EXPECT_GE(last.network.ties, 1) << "they met at the event";
  EXPECT_EQ(now.events_held, 1);
  EXPECT_EQ(now.attendances, 1);
  EXPECT_EQ(now.actions, 2);
  EXPECT_EQ(now.actions_done, 1);
  EXPECT_EQ(now.actions_overdue, 1);
  EXPECT_DOUBLE_EQ(now.completion_share.value_or(-1), 0.5);
  EXPECT_DOUBLE_EQ(now.overdue_share.value_or(-1), 1.0);
  EXPECT_EQ(now.anchoring.at("consulted"), 1);
  EXPECT_EQ(d.quarters[0].events_held, 0);
  auto lived = [](const QuarterFigures& f) {
    for (const auto& p : f.by_perspective)
      if (p.perspective == "lived_experience") return p.attendances;
    return -1;
  };
  EXPECT_EQ(lived(last), 1);

  // The observer: the same figures, no count of lived experience anywhere.
  const Dashboard seen = get(dashboard_->dashboard(request(), as_observer()));
  EXPECT_EQ(seen.quarters[2].attendances, 2);
  EXPECT_EQ(lived(seen.quarters[2]), -1);
  EXPECT_EQ(seen.quarters[2].by_perspective.size(), last.by_perspective.size() - 1);
  EXPECT_EQ(to_json(seen).dump().find("lived_experience"), std::string::npos);
  EXPECT_EQ(registry::to_csv(dashboard_table(seen), {}).find("lived_experience"),
            std::string::npos);
  EXPECT_NE(
      registry::to_csv(dashboard_table(d), {}).find("participation_perspective_lived_experience"),
      std::string::npos);
}

TEST_P(DashboardTest, BadQuartersAndAnUnknownProgrammeAreNamed) {
  auto ask = [&](std::optional<std::string> from, std::optional<std::string> to,
                 std::optional<std::int64_t> programme = std::nullopt) {
    DashboardRequest r = request();
    r.from = std::move(from);
    r.to = std::move(to);
    r.programme_id = programme;
    auto answer = dashboard_->dashboard(r, as_coordinator());
    EXPECT_FALSE(answer.ok());
    return answer.ok() ? std::set<std::string>{} : fields_of(answer.error());
  };
  EXPECT_EQ(ask("2026-Q5", "next year"), (std::set<std::string>{"from", "to"}));
  EXPECT_EQ(ask("2026-Q3", "2026-Q2"), (std::set<std::string>{"to"}));
  EXPECT_EQ(ask("2010-Q1", "2020-Q1"), (std::set<std::string>{"to"}));
  EXPECT_EQ(ask("2000-Q1", std::nullopt), (std::set<std::string>{"from"}));
  // A quarter still to come: zeros, in the same shape as the others.
  DashboardRequest ahead = request();
  ahead.from = this_quarter_.label;
  ahead.to = shift_quarter(this_quarter_, 2).label;
  const Dashboard next = get(dashboard_->dashboard(ahead, as_coordinator()));
  ASSERT_EQ(next.quarters.size(), 3u);
  EXPECT_TRUE(next.quarters[2].to_date);
  EXPECT_EQ(next.quarters[2].anchoring.size(), next.quarters[0].anchoring.size());
  EXPECT_EQ(next.quarters[2].by_country_group.size(), next.quarters[0].by_country_group.size());
  EXPECT_EQ(to_json(next)["quarters"][2]["anchoring"]["committed"], 0);
  EXPECT_EQ(ask(std::nullopt, std::nullopt, 99999), (std::set<std::string>{"programme_id"}));
  // Exactly the most it shows.
  DashboardRequest ten_years = request();
  ten_years.from = "2017-Q1";
  ten_years.to = "2026-Q4";
  EXPECT_EQ(get(dashboard_->dashboard(ten_years, as_coordinator())).quarters.size(),
            static_cast<std::size_t>(kMaxQuarters));
}

INSTANTIATE_TEST_SUITE_P(Backends, DashboardTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::dashboard
