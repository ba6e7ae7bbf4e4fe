// The dashboard's parts: quarters read strictly and listed, and each figure's definition held
// by a table of facts (figures.h); then the whole use case on both backends (service_test.cc).
#include <gtest/gtest.h>

#include "dashboard/figures.h"
#include "dashboard/quarters.h"

namespace samla::dashboard {
namespace {

TEST(Quarters, AreReadStrictlyAndListedFromOneToAnother) {
  auto q = parse_quarter("2026-Q3");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->starts_on, "2026-07-01");
  EXPECT_EQ(q->ends_on, "2026-09-30");
  EXPECT_EQ(parse_quarter("2024-Q1")->ends_on, "2024-03-31");
  for (const char* bad :
       {"2026-Q0", "2026-Q5", "2026Q3", "2026-q3", "26-Q3", "", "2026-Q3 ", "1899-Q4", "+026-Q1"})
    EXPECT_FALSE(parse_quarter(bad)) << bad;
  EXPECT_EQ(quarter_of("2026-12-31")->label, "2026-Q4");
  EXPECT_EQ(quarter_of("2026-04-01")->label, "2026-Q2");
  EXPECT_FALSE(quarter_of("2026-02-30"));
  EXPECT_EQ(shift_quarter(*q, -3).label, "2025-Q4");
  EXPECT_EQ(shift_quarter(*q, 2).label, "2027-Q1");
  auto listed = quarters_between(*parse_quarter("2025-Q4"), *q);
  ASSERT_EQ(listed.size(), 4u);
  EXPECT_EQ(listed.front().label, "2025-Q4");
  EXPECT_EQ(listed[1].starts_on, "2026-01-01");
  EXPECT_EQ(listed.back().label, "2026-Q3");
  EXPECT_TRUE(quarters_between(*q, *parse_quarter("2026-Q2")).empty());
}

// A programme's facts over two quarters of 2026 (Q1 and Q2).
Facts two_quarters() {
  Facts f;
  f.people[1] = {10, "SE", {"lived_experience", "policymaker"}};
  f.people[2] = {11, "FI", {"researcher"}};
  f.people[3] = {std::nullopt, "DE", {}};
  f.country_groups = {{"nordic", "Nordic countries", {"FI", "SE"}},
                      {"eu", "EU", {"DE", "FI", "SE"}}};
  f.events = {{100, "2026-02-10"}, {101, "2026-05-05"}};
  f.attendances = {{"2026-02-10", 100, 1}, {"2026-02-10", 100, 2}, {"2026-05-05", 101, 3}};
  f.groups = {{7, "2026-03-15", "2026-04-10"}, {8, "2026-05-01", std::nullopt}};
  f.memberships = {{7, 3, "2026-03-15", std::nullopt}};
  ActionFacts done;
  done.id = 1;
  done.created_on = "2026-01-05";
  done.due_on = "2026-03-01";
  done.status = "done";
  done.changes = {{"2026-01-05", "", "proposed"}, {"2026-04-20", "proposed", "done"}};
  done.update_days = {"2026-01-05", "2026-04-20"};
  done.organisations = {20};
  ActionFacts late;
  late.id = 2;
  late.created_on = "2026-02-01";
  late.due_on = "2026-06-01";
  late.status = "in_progress";
  late.changes = {{"2026-02-01", "", "proposed"}};
  late.update_days = {"2026-02-01"};
  late.people = {2};
  ActionFacts dropped;
  dropped.id = 3;
  dropped.created_on = "2026-02-01";
  dropped.status = "dropped";
  dropped.changes = {{"2026-02-01", "", "proposed"}, {"2026-06-01", "proposed", "dropped"}};
  ActionFacts later;
  later.id = 4;
  later.created_on = "2026-05-01";
  later.status = "agreed";
  f.actions = {done, late, dropped, later};
  // Record 2 was noted as informed on 1 June; its endorsement, entered on 20 June, dates from
  // 20 May: endorsed from then on (the later entry), although noted after.
  f.levels = {{1, "2026-01-20", "consulted"},
              {1, "2026-05-02", "formally_decided"},
              {2, "2026-06-01", "informed"},
              {2, "2026-05-20", "endorsed"}};
  return f;
}

TEST(Figures, EachDefinitionHoldsForAQuarterOfFacts) {
  const Facts facts = two_quarters();
  struct Row {
    const char* quarter;
    const char* as_of;
    int events, attendances, people, organisations, groups;
    int actions, done, open, overdue;
    int consulted, decided, informed, endorsed;
  };
  const Row rows[] = {
      // Q1: both attended event 100; person 3 is in group 7 from March; action 1 and 2 were
      // updated (1 names organisation 20, 2 names person 2); 1 is overdue on 31 March, 4 not
      // yet made, 3 still proposed; record 1 consulted.
      {"2026-Q1", "2026-03-31", 1, 2, 3, 3, 1, 3, 0, 3, 1, 1, 0, 0, 0},
      // Q2: person 3 at event 101 and in group 7 until April (group 8 running, no members);
      // action 1 done in April, 2 overdue from 1 June, 3 dropped, 4 open with no due day; record
      // 2 endorsed (entered after its informing, dated before it).
      {"2026-Q2", "2026-06-30", 1, 1, 1, 1, 2, 3, 1, 2, 1, 0, 1, 0, 1},
      // Q2 as of 10 May: the dropping and the June due day have not happened yet.
      {"2026-Q2", "2026-05-10", 1, 1, 1, 1, 2, 4, 1, 3, 0, 0, 1, 0, 0},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(std::string(row.quarter) + " as of " + row.as_of);
    const auto f = figures_for(facts, *parse_quarter(row.quarter), row.as_of);
    EXPECT_EQ(f.events_held, row.events);
    EXPECT_EQ(f.attendances, row.attendances);
    EXPECT_EQ(f.active_people, row.people);
    EXPECT_EQ(f.active_organisations, row.organisations);
    EXPECT_EQ(f.active_groups, row.groups);
    EXPECT_EQ(f.actions, row.actions);
    EXPECT_EQ(f.actions_done, row.done);
    EXPECT_EQ(f.actions_open, row.open);
    EXPECT_EQ(f.actions_overdue, row.overdue);
    EXPECT_EQ(f.anchoring.at("consulted"), row.consulted);
    EXPECT_EQ(f.anchoring.at("formally_decided"), row.decided);
    EXPECT_EQ(f.anchoring.at("informed"), row.informed);
    EXPECT_EQ(f.anchoring.at("endorsed"), row.endorsed);
    EXPECT_EQ(f.to_date, std::string(row.as_of) < f.quarter.ends_on);
  }
}

TEST(Figures, SharesAndParticipationAreCountedAsDefined) {
  const auto q1 = figures_for(two_quarters(), *parse_quarter("2026-Q1"), "2026-03-31");
  ASSERT_TRUE(q1.completion_share && q1.overdue_share);
  EXPECT_DOUBLE_EQ(*q1.completion_share, 0.0);
  EXPECT_DOUBLE_EQ(*q1.overdue_share, 1.0 / 3.0);
  // Nordic: both attendees (SE, FI); EU too. Every perspective of each attendee counts once.
  ASSERT_EQ(q1.by_country_group.size(), 2u);
  EXPECT_EQ(q1.by_country_group[0].country_group, "nordic");
  EXPECT_EQ(q1.by_country_group[0].attendances, 2);
  EXPECT_EQ(q1.by_country_group[1].attendances, 2);
  std::map<std::string, int> perspectives;
  for (const auto& p : q1.by_perspective) perspectives[p.perspective] = p.attendances;
  EXPECT_EQ(perspectives, (std::map<std::string, int>{
                              {"lived_experience", 1}, {"policymaker", 1}, {"researcher", 1}}));

  const auto q2 = figures_for(two_quarters(), *parse_quarter("2026-Q2"), "2026-06-30");
  EXPECT_DOUBLE_EQ(*q2.completion_share, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(*q2.overdue_share, 0.5);
  EXPECT_EQ(q2.by_country_group[0].attendances, 0) << "a German attendee is not Nordic";
  EXPECT_EQ(q2.by_country_group[1].attendances, 1);
  EXPECT_TRUE(q2.by_perspective.empty());

  // Nothing to divide: no share rather than 0.
  const auto empty = figures_for(Facts{}, *parse_quarter("2026-Q1"), "2026-03-31");
  EXPECT_FALSE(empty.completion_share);
  EXPECT_FALSE(empty.overdue_share);
}

TEST(Figures, AnActionsStatusOnADayComesFromItsChanges) {
  const auto facts = two_quarters();
  const ActionFacts& done = facts.actions[0];
  EXPECT_FALSE(status_on(done, "2026-01-04"));
  EXPECT_EQ(status_on(done, "2026-01-05"), "proposed");
  EXPECT_EQ(status_on(done, "2026-04-19"), "proposed");
  EXPECT_EQ(status_on(done, "2026-04-20"), "done");
  // No recorded change: its status now.
  EXPECT_EQ(status_on(facts.actions[3], "2026-05-01"), "agreed");
}

}  // namespace
}  // namespace samla::dashboard
