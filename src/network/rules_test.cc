#include "network/rules.h"

#include <gtest/gtest.h>

#include <set>

namespace samla::network {
namespace {

Tie valid() {
  Tie t;
  t.from = {Stakeholder::Kind::person, 1};
  t.to = {Stakeholder::Kind::organisation, 1};
  t.starts_on = "2026-01-01";
  return t;
}

std::set<std::string> fields_of(const Tie& t) {
  std::set<std::string> out;
  for (const auto& e : check_tie(t)) out.insert(e.field);
  return out;
}

TEST(TieRules, AValidTieHasNoErrors) {
  EXPECT_TRUE(check_tie(valid()).empty());
}

TEST(TieRules, EachMistakeNamesItsField) {
  struct Case {
    void (*change)(Tie&);
    std::set<std::string> fields;
  };
  const Case cases[] = {
      {[](Tie& t) { t.type = "friendship"; }, {"type"}},
      {[](Tie& t) { t.source = "rumour"; }, {"source"}},
      {[](Tie& t) { t.strength = 0; }, {"strength"}},
      {[](Tie& t) { t.strength = 4; }, {"strength"}},
      {[](Tie& t) { t.to = t.from; }, {"to"}},
      {[](Tie& t) { t.ends_on = "2025-12-31"; }, {"ends_on"}},
      {[](Tie& t) { t.starts_on = "2026-02-30"; }, {"starts_on"}},
      {[](Tie& t) { t.ends_on = "yesterday"; }, {"ends_on"}},
      {[](Tie& t) { t.ends_on = "2026- 1-01"; }, {"ends_on"}},  // sscanf alone takes these
      {[](Tie& t) { t.starts_on = "+024-01-01"; }, {"starts_on"}},
      {[](Tie& t) { t.starts_on = "2024-02-29"; }, {}},
      {[](Tie& t) { t.starts_on = "2023-02-29"; }, {"starts_on"}},
      {[](Tie& t) { t.ends_on = "2026-01-01"; }, {}},
  };
  for (const auto& c : cases) {
    Tie t = valid();
    c.change(t);
    EXPECT_EQ(fields_of(t), c.fields);
  }
}

TEST(TieRules, APersonAndAnOrganisationWithTheSameIdAreDifferent) {
  Tie t = valid();
  t.to = {Stakeholder::Kind::organisation, t.from.id};
  EXPECT_TRUE(check_tie(t).empty());
}

TEST(TieRules, HoldsBetweenItsDates) {
  Tie t = valid();
  t.ends_on = "2026-06-30";
  EXPECT_FALSE(tie_holds_on(t, "2025-12-31"));
  EXPECT_TRUE(tie_holds_on(t, "2026-01-01"));
  EXPECT_TRUE(tie_holds_on(t, "2026-06-30"));
  EXPECT_FALSE(tie_holds_on(t, "2026-07-01"));
  t.starts_on.reset();
  EXPECT_TRUE(tie_holds_on(t, "1990-01-01"));
}

TEST(CoParticipation, ASharedEventCountsHalfAfterEachHalfLife) {
  struct Row {
    const char* event_day;
    const char* day;
    int half_life;
    double weight;
  };
  const Row rows[] = {
      {"2026-01-01", "2026-01-01", 365, 1.0},       // on the day
      {"2025-01-01", "2026-01-01", 365, 0.5},       // one half-life
      {"2024-01-01", "2026-01-01", 365, 0.25},      // 731 days: a little under a quarter
      {"2025-07-02", "2026-01-01", 365, 0.706436},  // 183 days: 2^(−183/365)
      {"2020-01-01", "2026-01-01", 0, 1.0},         // 0: never fades
      {"2027-01-01", "2026-01-01", 365, 1.0},       // after the day asked about
      {"not a day", "2026-01-01", 365, 1.0},
  };
  for (const auto& r : rows)
    EXPECT_NEAR(faded_weight(r.event_day, r.day, r.half_life), r.weight,
                r.half_life && std::string(r.event_day) == "2024-01-01" ? 0.001 : 1e-5)
        << r.event_day << " " << r.day;
}

TEST(Trends, MonthlyPointsAreTheFirstDaysOfEachMonthUpToTheDay) {
  EXPECT_EQ(month_starts("2026-09-15", "2026-12-04", 60),
            (std::vector<std::string>{"2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"}));
  EXPECT_EQ(month_starts("2026-11-30", "2027-01-01", 60),
            (std::vector<std::string>{"2026-11-01", "2026-12-01", "2027-01-01"}));
  EXPECT_EQ(month_starts("2020-01-10", "2026-12-04", 3),
            (std::vector<std::string>{"2026-10-01", "2026-11-01", "2026-12-01"}));  // the last 3
  EXPECT_TRUE(month_starts("2027-01-01", "2026-12-04", 60).empty());
  EXPECT_TRUE(month_starts("soon", "2026-12-04", 60).empty());
}

TEST(TieRules, NodeKeysSayTheKind) {
  EXPECT_EQ(node_key({Stakeholder::Kind::person, 12}), "p:12");
  EXPECT_EQ(node_key({Stakeholder::Kind::organisation, 7}), "o:7");
}

}  // namespace
}  // namespace samla::network
