// The initiative score as a table: ratings and weights in, means, ranges, spreads and the
// weighted score out, worked by hand.
#include "initiatives/scores.h"

#include <gtest/gtest.h>

#include <cmath>

namespace samla::initiatives {
namespace {

Rating rated(int impact, int feasibility, int urgency, int fit) {
  Rating r;
  r.impact = impact;
  r.feasibility = feasibility;
  r.urgency = urgency;
  r.fit = fit;
  return r;
}

TEST(InitiativeScore, NobodyRatedHasNoScore) {
  const Score s = score({}, Weights{});
  EXPECT_EQ(s.raters, 0);
  EXPECT_FALSE(s.weighted.has_value());
  EXPECT_TRUE(s.criteria.empty());
}

TEST(InitiativeScore, MeansRangesSpreadsAndTheWeightedMean) {
  struct Row {
    std::vector<Rating> ratings;
    Weights weights;
    double impact_mean, impact_spread, lowest_fit, highest_fit, weighted;
  };
  Weights doubled_impact;
  doubled_impact.impact = 2;
  Weights only_fit;
  only_fit.impact = only_fit.feasibility = only_fit.urgency = 0;
  const std::vector<Row> rows{
      // One rater: the means are their scores, no spread; equal weights: (5+3+1+3)/4 = 3.
      {{rated(5, 3, 1, 3)}, Weights{}, 5, 0, 3, 3, 3},
      // Three raters: impact 5, 3, 4 → mean 4, spread sqrt(2/3); fit 1, 2, 3.
      // Means 4, 3, 2, 2; equal weights → 11/4 = 2.75; impact doubled → (8+3+2+2)/5 = 3.
      {{rated(5, 3, 2, 1), rated(3, 3, 2, 2), rated(4, 3, 2, 3)},
       Weights{},
       4,
       std::sqrt(2.0 / 3.0),
       1,
       3,
       2.75},
      {{rated(5, 3, 2, 1), rated(3, 3, 2, 2), rated(4, 3, 2, 3)},
       doubled_impact,
       4,
       std::sqrt(2.0 / 3.0),
       1,
       3,
       3},
      // Only fit counts: its mean.
      {{rated(5, 5, 5, 1), rated(5, 5, 5, 2)}, only_fit, 5, 0, 1, 2, 1.5},
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const Score s = score(row.ratings, row.weights);
    ASSERT_EQ(s.criteria.size(), 4u) << i;
    EXPECT_EQ(s.raters, static_cast<int>(row.ratings.size())) << i;
    EXPECT_EQ(s.criteria[0].criterion, "impact") << i;
    EXPECT_DOUBLE_EQ(s.criteria[0].mean, row.impact_mean) << i;
    EXPECT_DOUBLE_EQ(s.criteria[0].spread, row.impact_spread) << i;
    EXPECT_DOUBLE_EQ(s.criteria[3].lowest, row.lowest_fit) << i;
    EXPECT_DOUBLE_EQ(s.criteria[3].highest, row.highest_fit) << i;
    ASSERT_TRUE(s.weighted.has_value()) << i;
    EXPECT_DOUBLE_EQ(*s.weighted, row.weighted) << i;
  }
}

TEST(InitiativeScore, RankingPutsTheHighestFirstAndTheUnratedLast) {
  std::vector<Initiative> list(4);
  for (int i = 0; i < 4; ++i) list[i].id = i + 1;
  list[0].score.weighted = 2.5;
  list[2].score.weighted = 4.0;
  list[3].score.weighted = 2.5;
  rank(list);
  std::vector<std::int64_t> order;
  for (const auto& i : list) order.push_back(i.id);
  EXPECT_EQ(order, (std::vector<std::int64_t>{3, 1, 4, 2}));
}

}  // namespace
}  // namespace samla::initiatives
