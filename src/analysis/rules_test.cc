// Table tests of the analysis rules: each row is one case of the rule as docs/analysis.md
// states it, including the edges (exactly at a threshold counts as high).
#include "analysis/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace samla::analysis {
namespace {

Scores scores(double influence, double interest, double attitude = 0, double legitimacy = 1,
              double urgency = 1) {
  return Scores{influence, interest, attitude, legitimacy, urgency};
}

TEST(QuadrantRule, FollowsTheGridWithTheDefaultCut) {
  struct Row {
    double influence, interest;
    Quadrant expected;
  };
  const Row rows[] = {
      {5, 5, Quadrant::key_player},         {3.5, 3.5, Quadrant::key_player},
      {5, 3.4, Quadrant::keep_satisfied},   {3.5, 1, Quadrant::keep_satisfied},
      {3.4, 5, Quadrant::keep_informed},    {1, 3.5, Quadrant::keep_informed},
      {3.4, 3.4, Quadrant::minimal_effort}, {1, 1, Quadrant::minimal_effort},
  };
  for (const auto& r : rows)
    EXPECT_EQ(quadrant(scores(r.influence, r.interest)), r.expected)
        << "influence " << r.influence << ", interest " << r.interest;
}

TEST(QuadrantRule, UsesTheCoordinatorsThresholds) {
  GridThresholds strict{4.5, 2.0};
  EXPECT_EQ(quadrant(scores(4, 5), strict), Quadrant::keep_informed);
  EXPECT_EQ(quadrant(scores(4.5, 2), strict), Quadrant::key_player);
  EXPECT_EQ(quadrant(scores(5, 1.9), strict), Quadrant::keep_satisfied);
}

TEST(SalienceRule, NamesEveryCombinationOfPowerLegitimacyAndUrgency) {
  struct Row {
    double power, legitimacy, urgency;
    Salience expected;
    std::string_view name;
  };
  const Row rows[] = {
      {1, 1, 1, Salience::none, "none"},
      {5, 1, 1, Salience::dormant, "dormant"},
      {1, 5, 1, Salience::discretionary, "discretionary"},
      {1, 1, 5, Salience::demanding, "demanding"},
      {5, 5, 1, Salience::dominant, "dominant"},
      {5, 1, 5, Salience::dangerous, "dangerous"},
      {1, 5, 5, Salience::dependent, "dependent"},
      {5, 5, 5, Salience::definitive, "definitive"},
      {3.5, 3.5, 3.5, Salience::definitive, "definitive"},  // at the threshold counts
      {3.4, 3.5, 3.5, Salience::dependent, "dependent"},
  };
  for (const auto& r : rows) {
    Salience s = salience(Scores{r.power, 1, 0, r.legitimacy, r.urgency});
    EXPECT_EQ(s, r.expected) << r.power << "/" << r.legitimacy << "/" << r.urgency;
    EXPECT_EQ(salience_name(s), r.name);
  }
  EXPECT_EQ(salience(Scores{4, 1, 0, 4, 4}, SalienceThresholds{4.5, 3, 3}), Salience::dependent);
}

// A mean is shown rounded to one decimal, and each threshold decides on that figure: 3.667
// (three assessors giving 4, 4 and 3) is shown as 3.7 and so reaches a 3.7 cut; 3.64 is shown
// as 3.6 and does not. Otherwise a user would read 3.7 beside "low".
TEST(ThresholdRules, DecideOnTheMeanAsShown) {
  const double shown_3_7 = 11.0 / 3, shown_3_6 = 3.64, shown_3_5 = 3.46;
  struct Row {
    double influence, interest;
    GridThresholds cut;
    Quadrant expected;
  };
  const Row rows[] = {
      {shown_3_7, shown_3_7, {3.7, 3.7}, Quadrant::key_player},
      {shown_3_7, shown_3_6, {3.7, 3.7}, Quadrant::keep_satisfied},
      {shown_3_6, shown_3_7, {3.7, 3.7}, Quadrant::keep_informed},
      {shown_3_6, shown_3_6, {3.7, 3.7}, Quadrant::minimal_effort},
      {shown_3_5, shown_3_5, {}, Quadrant::key_player},  // the default cut, 3.5
      {3.44, 3.44, {}, Quadrant::minimal_effort},
  };
  for (const auto& r : rows)
    EXPECT_EQ(quadrant(scores(r.influence, r.interest), r.cut), r.expected)
        << "influence " << r.influence << ", interest " << r.interest;

  const SalienceThresholds cut{3.7, 3.7, 3.7};
  EXPECT_EQ(salience(Scores{shown_3_7, 1, 0, shown_3_7, shown_3_7}, cut), Salience::definitive);
  EXPECT_EQ(salience(Scores{shown_3_6, 1, 0, shown_3_7, shown_3_6}, cut), Salience::discretionary);
  EXPECT_EQ(salience(Scores{shown_3_5, 1, 0, shown_3_5, 3.44}), Salience::dominant);

  // Attitude: a mean shown as 0.5 is supportive, one shown as −0.5 opposed.
  EXPECT_EQ(strategy(Quadrant::key_player, 0.46), Strategy::partner);
  EXPECT_EQ(strategy(Quadrant::key_player, 0.44), Strategy::involve);
  EXPECT_EQ(strategy(Quadrant::key_player, -0.46), Strategy::address_concerns);
  EXPECT_EQ(strategy(Quadrant::keep_informed, 0.46), Strategy::involve);

  // Movement: a position shown as 3.7 is in the quadrant a 3.7 cut puts it in.
  auto steps = movements(
      {{"2026-01-10", shown_3_6, shown_3_6}, {"2026-03-02", shown_3_7, shown_3_7}}, {3.7, 3.7});
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].from_quadrant, Quadrant::minimal_effort);
  EXPECT_EQ(steps[0].to_quadrant, Quadrant::key_player);
}

TEST(StrategyRule, FollowsQuadrantAndAttitude) {
  struct Row {
    Quadrant quadrant;
    double attitude;
    Strategy expected;
  };
  const Row rows[] = {
      {Quadrant::key_player, 2, Strategy::partner},
      {Quadrant::key_player, 0.5, Strategy::partner},
      {Quadrant::key_player, 0.4, Strategy::involve},
      {Quadrant::key_player, -0.4, Strategy::involve},
      {Quadrant::key_player, -0.5, Strategy::address_concerns},
      {Quadrant::keep_satisfied, 2, Strategy::consult},
      {Quadrant::keep_satisfied, 0, Strategy::consult},
      {Quadrant::keep_satisfied, -1, Strategy::address_concerns},
      {Quadrant::keep_informed, 1, Strategy::involve},
      {Quadrant::keep_informed, 0, Strategy::inform},
      {Quadrant::keep_informed, -2, Strategy::inform},
      {Quadrant::minimal_effort, 2, Strategy::monitor},
      {Quadrant::minimal_effort, -2, Strategy::monitor},
  };
  for (const auto& r : rows)
    EXPECT_EQ(strategy(r.quadrant, r.attitude), r.expected)
        << quadrant_name(r.quadrant) << " with attitude " << r.attitude;
}

TEST(PriorityRule, IsTheWeightedMeanOfScaledScores) {
  // Everything at its top: 100; everything at its bottom: 0, whatever the weights.
  EXPECT_DOUBLE_EQ(priority(Scores{5, 5, 2, 5, 5}, 3), 100);
  EXPECT_DOUBLE_EQ(priority(Scores{1, 1, -2, 1, 1}, 0), 0);
  // Defaults 3/2/1/1/2 (support 0): influence 5 alone is 3 of 9 weight units.
  EXPECT_NEAR(priority(Scores{5, 1, 0, 1, 1}, 0), 100.0 * 3 / 9, 1e-9);
  // Relevance 3 of 3 is 2 of 9; a middle influence (3 of 1–5) is half of its 3.
  EXPECT_NEAR(priority(Scores{3, 1, 0, 1, 1}, 3), 100.0 * (1.5 + 2) / 9, 1e-9);
  // A coordinator who weighs only support ranks by attitude.
  PriorityWeights support_only{0, 0, 0, 0, 0, 1};
  EXPECT_DOUBLE_EQ(priority(Scores{1, 1, 2, 1, 1}, 0, support_only), 100);
  EXPECT_DOUBLE_EQ(priority(Scores{5, 5, 0, 5, 5}, 3, support_only), 50);
  // No weight at all: 0 for everyone rather than a division by zero.
  EXPECT_DOUBLE_EQ(priority(Scores{5, 5, 2, 5, 5}, 3, PriorityWeights{0, 0, 0, 0, 0, 0}), 0);
}

TEST(RelevanceRule, IsTheAssessorsMeanForOneThemeAndTheHighestSuchMeanWithout) {
  using Given = std::vector<std::map<std::string, int>>;
  struct Row {
    Given given;
    std::optional<std::string> theme;
    double expected;
  };
  const Given split{{{"stigma", 3}, {"housing", 0}}, {{"stigma", 0}, {"housing", 3}}};
  const Given one_each{{{"stigma", 3}}, {{"housing", 3}}};  // a theme left out counts 0
  const Given leaning{{{"stigma", 3}, {"housing", 1}}, {{"stigma", 1}, {"housing", 2}}};
  const Row rows[] = {
      {{}, std::nullopt, 0},
      {{{}}, std::nullopt, 0},
      {{{{"stigma", 2}, {"housing", 3}}}, std::nullopt, 3},
      {{{{"stigma", 2}, {"housing", 3}}}, "stigma", 2},
      {{{{"stigma", 2}}}, "housing", 0},
      {split, "stigma", 1.5},
      {split, "housing", 1.5},
      {split, std::nullopt, 1.5},  // not 3: no assessor's own highest theme is the consensus
      {one_each, std::nullopt, 1.5},
      {leaning, "stigma", 2},
      {leaning, "housing", 1.5},
      {leaning, std::nullopt, 2},
  };
  for (const auto& r : rows) {
    EXPECT_DOUBLE_EQ(relevance(r.given, r.theme), r.expected)
        << r.given.size() << " assessors, theme " << r.theme.value_or("(none)");
    // Without a theme it is never above what some theme gives.
    double highest_theme = 0;
    for (const auto& given : r.given)
      for (const auto& [slug, value] : given)
        highest_theme = std::max(highest_theme, relevance(r.given, slug));
    EXPECT_DOUBLE_EQ(relevance(r.given), highest_theme);
  }
}

TEST(MovementRule, ReportsEachStepAndQuadrantChanges) {
  std::vector<Position> positions{
      {"2026-01-10", 2, 4}, {"2026-03-02", 4, 4}, {"2026-05-20", 4.5, 4}};
  auto steps = movements(positions);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].from.as_of, "2026-01-10");
  EXPECT_EQ(steps[0].to.as_of, "2026-03-02");
  EXPECT_DOUBLE_EQ(steps[0].influence_change, 2);
  EXPECT_DOUBLE_EQ(steps[0].interest_change, 0);
  EXPECT_EQ(steps[0].from_quadrant, Quadrant::keep_informed);
  EXPECT_EQ(steps[0].to_quadrant, Quadrant::key_player);
  EXPECT_TRUE(steps[0].quadrant_changed);
  EXPECT_FALSE(steps[1].quadrant_changed);
  EXPECT_TRUE(movements({positions.front()}).empty());
  EXPECT_TRUE(movements({}).empty());
}

TEST(ConsensusRule, AveragesAndMeasuresDisagreementAsRange) {
  auto c = consensus({Scores{5, 2, -1, 4, 3}, Scores{3, 2, 1, 4, 1}, Scores{4, 5, 0, 4, 2}});
  EXPECT_EQ(c.assessors, 3);
  EXPECT_DOUBLE_EQ(c.mean.influence, 4);
  EXPECT_DOUBLE_EQ(c.mean.interest, 3);
  EXPECT_DOUBLE_EQ(c.mean.attitude, 0);
  EXPECT_DOUBLE_EQ(c.mean.legitimacy, 4);
  EXPECT_DOUBLE_EQ(c.range.influence, 2);
  EXPECT_DOUBLE_EQ(c.range.interest, 3);
  EXPECT_DOUBLE_EQ(c.range.attitude, 2);
  EXPECT_DOUBLE_EQ(c.range.legitimacy, 0);
  EXPECT_EQ(consensus({}).assessors, 0);
  auto one = consensus({Scores{2, 3, 1, 4, 5}});
  EXPECT_DOUBLE_EQ(one.range.urgency, 0);
  EXPECT_DOUBLE_EQ(one.mean.urgency, 5);
  EXPECT_DOUBLE_EQ(c.low.influence, 3);
  EXPECT_DOUBLE_EQ(c.high.interest, 5);
}

TEST(ConsensusRule, AssessorsStraddleAThresholdWhenTheyFallOnBothSidesOfIt) {
  const GridThresholds t{3.5, 3.5};
  struct Case {
    std::vector<Scores> latest;
    bool straddles;
  };
  const Case cases[] = {
      {{Scores{4, 2, 0, 3, 3}, Scores{3, 2, 0, 3, 3}}, true},    // influence 3 and 4
      {{Scores{2, 3.5, 0, 3, 3}, Scores{2, 3, 0, 3, 3}}, true},  // interest at and below
      {{Scores{4, 4, 0, 3, 3}, Scores{5, 5, 0, 3, 3}}, false},   // both above
      {{Scores{1, 1, 0, 3, 3}, Scores{3, 3, 0, 3, 3}}, false},   // both below
      {{Scores{1, 5, 0, 3, 3}}, false},                          // one assessor cannot
      {{}, false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(straddles_threshold(consensus(c.latest), t), c.straddles)
        << ::testing::PrintToString(c.latest.size());
}

}  // namespace
}  // namespace samla::analysis
