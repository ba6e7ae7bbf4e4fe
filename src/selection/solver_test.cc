// The selection solver against brute force on small random instances (the same total
// shortfall and the same best score), conflicts reported by row, and the problems that
// cannot be posed.
#include "selection/solver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

namespace samla::selection {
namespace {

// What the solver minimises first: a row missed by s costs s(s+1)/2.
int penalty(int shortfall) {
  return shortfall * (shortfall + 1) / 2;
}

struct Best {
  int shortfall = 1 << 30;  // the penalty, summed over rows
  double score = -1e18;
};

// Every subset of `seats` candidates that keeps the pins and exclusions: the least total
// shortfall over the quota rows, then the highest score.
Best brute_force(const Problem& p) {
  auto rows = expand(p);
  const std::size_t n = p.candidates.size();
  Best best;
  std::vector<bool> pick(n, false);
  std::fill(pick.begin(), pick.begin() + p.seats, true);
  do {
    bool allowed = true;
    for (std::size_t i = 0; i < n; ++i) {
      auto id = p.candidates[i].id;
      bool pinned = std::count(p.pinned.begin(), p.pinned.end(), id) > 0;
      bool excluded = std::count(p.excluded.begin(), p.excluded.end(), id) > 0;
      if ((pinned && !pick[i]) || (excluded && pick[i])) allowed = false;
    }
    if (!allowed) continue;
    int shortfall = 0;
    for (const auto& row : rows) {
      int chosen = 0;
      for (auto i : row.members) chosen += pick[i] ? 1 : 0;
      shortfall +=
          penalty(row.at_least ? std::max(0, row.bound - chosen) : std::max(0, chosen - row.bound));
    }
    double score = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (pick[i]) score += score_of(p.candidates[i], p.weights).score;
    if (shortfall < best.shortfall || (shortfall == best.shortfall && score > best.score + 1e-9))
      best = {shortfall, score};
  } while (std::prev_permutation(pick.begin(), pick.end()));
  return best;
}

Problem random_problem(std::mt19937& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const std::vector<std::string> countries{"SE", "NO", "LT"};
  const std::vector<std::string> perspectives{"policymaker", "researcher", "lived_experience"};
  const std::vector<std::string> sectors{"agency", "region", "civil_society"};
  Problem p;
  p.seats = 2 + pick(4);
  const int n = p.seats + 3 + pick(8);
  for (int i = 0; i < n; ++i) {
    Candidate c;
    c.id = 100 + i;
    c.country = countries[pick(3)];
    for (const auto& perspective : perspectives)
      if (pick(3) == 0) c.perspectives.push_back(perspective);
    if (pick(4)) c.organisation_id = 1 + pick(4);
    c.sector = sectors[pick(3)];
    c.relevance = pick(101) / 100.0;
    c.influence = pick(101) / 100.0;
    c.newcomer = pick(2) == 0;
    p.candidates.push_back(c);
  }
  p.weights = {1.0 + pick(3), 1.0 * pick(3), 0.5 * pick(3), 0.5 * pick(2)};
  p.quotas.push_back({Quota::Kind::country_min, "nordic", {"SE", "NO"}, 1, 0});
  p.quotas.push_back({Quota::Kind::perspective_min, "researcher", {}, 1 + pick(2), 0});
  p.quotas.push_back({Quota::Kind::perspective_max, "policymaker", {}, 1 + pick(2), 0});
  p.quotas.push_back({Quota::Kind::perspective_share,
                      "lived_experience",
                      {},
                      0,
                      0.25 * pick(3),
                      "lived experience"});
  p.quotas.push_back({Quota::Kind::organisation_max, "", {}, 1 + pick(2), 0});
  p.quotas.push_back({Quota::Kind::sector_min, "civil_society", {}, 1, 0});
  if (pick(2)) p.quotas.push_back({Quota::Kind::country_max, "", {}, 1 + pick(2), 0});
  if (pick(2)) p.pinned.push_back(100 + pick(n));
  int excluded = 100 + pick(n);
  if (pick(2) && std::count(p.pinned.begin(), p.pinned.end(), excluded) == 0)
    p.excluded.push_back(excluded);
  return p;
}

TEST(Selection, AgreesWithBruteForceOnSmallInstances) {
  std::mt19937 rng(20261124);
  int infeasible = 0;
  for (int round = 0; round < 300; ++round) {
    Problem p = random_problem(rng);
    auto solved = solve(p);
    ASSERT_TRUE(solved.ok()) << round << ": " << solved.error().message;
    Best best = brute_force(p);
    ASSERT_TRUE(solved->proven_optimal) << round;
    int solved_penalty = 0;
    for (const auto& row : solved->rows) solved_penalty += penalty(row.shortfall);
    EXPECT_EQ(solved_penalty, best.shortfall) << round;
    EXPECT_NEAR(solved->objective, best.score, 1e-6) << round;
    EXPECT_EQ(static_cast<int>(solved->chosen.size()), p.seats) << round;
    infeasible += solved->feasible ? 0 : 1;
  }
  // The random quotas must sometimes conflict, or the shortfall path is untested.
  EXPECT_GT(infeasible, 10);
  EXPECT_LT(infeasible, 290);
}

// "At most N per country" is one row per country with more candidates than N; the best
// candidates all from one country are then spread.
TEST(Selection, AtMostNPerCountrySpreadsTheSeats) {
  Problem p;
  p.seats = 3;
  // The three best are Swedish; then a Norwegian, then a Lithuanian.
  const std::vector<std::string> country{"SE", "SE", "SE", "NO", "LT"};
  for (int i = 0; i < 5; ++i)
    p.candidates.push_back(
        {i + 1, "c" + std::to_string(i), country[i], {}, {}, {}, 1.0 - 0.1 * i, 0, true});
  p.quotas.push_back({Quota::Kind::country_max, "", {}, 1, 0});
  auto rows = expand(p);
  ASSERT_EQ(rows.size(), 1u);  // only Sweden has more than one candidate
  EXPECT_EQ(rows[0].label, "at most 1 from SE");
  EXPECT_FALSE(rows[0].at_least);
  auto solved = solve(p);
  ASSERT_TRUE(solved.ok());
  EXPECT_TRUE(solved->feasible);
  std::set<std::int64_t> ids;
  for (const auto& c : solved->chosen) ids.insert(p.candidates[c.index].id);
  EXPECT_EQ(ids, (std::set<std::int64_t>{1, 4, 5}));
  // Without the quota the three Swedes win.
  p.quotas.clear();
  auto unbounded = solve(p);
  ASSERT_TRUE(unbounded.ok());
  ids.clear();
  for (const auto& c : unbounded->chosen) ids.insert(p.candidates[c.index].id);
  EXPECT_EQ(ids, (std::set<std::int64_t>{1, 2, 3}));
}

TEST(Selection, NamesTheConflictingQuotasAndOffersTheClosestSelection) {
  Problem p;
  p.seats = 2;
  for (int i = 0; i < 4; ++i)
    p.candidates.push_back(
        {i + 1, "c" + std::to_string(i), i < 2 ? "SE" : "NO", {}, {}, {}, 0.1 * i, 0, true});
  // Two seats cannot hold two from Sweden and two from Norway.
  p.quotas.push_back({Quota::Kind::country_min, "nordic", {"SE", "NO"}, 2, 0});
  auto solved = solve(p);
  ASSERT_TRUE(solved.ok());
  EXPECT_FALSE(solved->feasible);
  EXPECT_EQ(solved->total_shortfall, 2);
  ASSERT_EQ(solved->rows.size(), 2u);
  EXPECT_EQ(solved->rows[0].row.label, "at least 2 from SE");
  // Closest: one from each (a miss of 1 and 1, not 2 and 0), and among those the best
  // scores (ids 2 and 4).
  EXPECT_EQ(solved->rows[0].shortfall, 1);
  EXPECT_EQ(solved->rows[1].shortfall, 1);
  std::set<std::int64_t> ids;
  for (const auto& c : solved->chosen) ids.insert(p.candidates[c.index].id);
  EXPECT_EQ(ids, (std::set<std::int64_t>{2, 4}));
  EXPECT_EQ(solved->chosen[0].fills, (std::vector<std::string>{"at least 2 from NO"}));
}

TEST(Selection, ExplainsScorePartsAndPins) {
  Problem p;
  p.seats = 1;
  p.weights = {2, 1, 0.5, 0};
  p.candidates.push_back({7, "Rūta", "LT", {"policymaker"}, {}, {}, 0.5, 0.8, true});
  p.candidates.push_back({8, "Ona", "LT", {}, {}, {}, 1, 1, false});
  p.pinned = {7};
  auto solved = solve(p);
  ASSERT_TRUE(solved.ok());
  ASSERT_EQ(solved->chosen.size(), 1u);
  const auto& c = solved->chosen[0];
  EXPECT_TRUE(c.pinned);
  EXPECT_DOUBLE_EQ(c.relevance_part, 1.0);
  EXPECT_DOUBLE_EQ(c.influence_part, 0.8);
  EXPECT_DOUBLE_EQ(c.newcomer_part, 0.5);
  EXPECT_DOUBLE_EQ(c.score, 2.3);
}

TEST(Selection, RefusesProblemsThatCannotBePosedNamingTheField) {
  Problem p;
  p.seats = 2;
  p.candidates.push_back({1, "a", {}, {}, {}, {}, 0, 0, true});
  p.candidates.push_back({2, "b", {}, {}, {}, {}, 0, 0, true});
  p.pinned = {1, 2, 3};
  p.excluded = {2};
  p.quotas.push_back({Quota::Kind::perspective_share, "lived_experience", {}, 0, 1.5});
  auto refused = solve(p);
  ASSERT_FALSE(refused.ok());
  std::set<std::string> fields;
  for (const auto& f : refused.error().fields) fields.insert(f.field);
  EXPECT_EQ(fields, (std::set<std::string>{"seats", "pinned", "quotas[0].share"}));
}

}  // namespace
}  // namespace samla::selection
