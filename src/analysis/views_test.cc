// The views built from assessments (pure): what several assessors' relevance adds up to, and
// that every classification agrees with the figures shown.
#include "analysis/views.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "analysis/coverage.h"

namespace samla::analysis {
namespace {

const Subject kAda{Subject::Kind::person, 1};

Assessment by(std::int64_t assessor, std::map<std::string, int> relevance, int influence = 3,
              int interest = 3) {
  Assessment a;
  a.subject = kAda;
  a.assessor_id = assessor;
  a.assessed_on = "2026-03-01";
  a.influence = influence;
  a.interest = interest;
  a.legitimacy = a.urgency = 3;
  a.relevance = std::move(relevance);
  return a;
}

StakeholderView view(const std::vector<Assessment>& assessments, ViewOptions options = {}) {
  auto views = build_views(assessments, {{kAda, Profile{"Ada"}}}, options);
  EXPECT_EQ(views.size(), 1u);
  return views.empty() ? StakeholderView{} : views.front();
}

// Two assessors who each find a different theme central: each theme's relevance is 1.5, and
// so is the relevance without a theme (not 3.0, the mean of each assessor's own highest).
TEST(Views, RelevanceWithoutAThemeNeverExceedsTheHighestThemes) {
  const std::vector<Assessment> split{by(1, {{"stigma", 3}, {"housing", 0}}),
                                      by(2, {{"stigma", 0}, {"housing", 3}})};
  double highest_theme = 0;
  for (const char* theme : {"stigma", "housing"}) {
    ViewOptions one;
    one.theme = theme;
    double r = view(split, one).relevance;
    EXPECT_DOUBLE_EQ(r, 1.5) << theme;
    highest_theme = std::max(highest_theme, r);
  }
  EXPECT_DOUBLE_EQ(view(split).relevance, highest_theme);
}

// Three assessors give influence and interest 4, 4 and 3: a mean of 3.667, shown as 3.7. With
// the grid cut at 3.7 the stakeholder is what the figure shown says: a key player.
TEST(Views, TheQuadrantAgreesWithTheMeanShown) {
  ViewOptions cut;
  cut.grid = {3.7, 3.7};
  cut.salience = {3.7, 5, 5};
  auto v = view({by(1, {}, 4, 4), by(2, {}, 4, 4), by(3, {}, 3, 3)}, cut);
  EXPECT_EQ(std::round(v.consensus.mean.influence * 10) / 10, 3.7);  // as the wire shows it
  EXPECT_EQ(v.quadrant, Quadrant::key_player);
  EXPECT_EQ(v.salience, Salience::dormant);
}

// Coverage counts a stakeholder on a theme from a relevance of 1: 0.96 is shown as 1.0, and
// counts; 0.94, shown as 0.9, does not. The high-priority cut likewise takes the priority shown.
TEST(Views, CoverageAndHighPriorityCutsAgreeWithTheFiguresShown) {
  StakeholderView v;
  v.relevance = 0.96;
  EXPECT_TRUE(on_theme(v, "stigma"));
  v.relevance = 0.94;
  EXPECT_FALSE(on_theme(v, "stigma"));
  EXPECT_TRUE(is_high_priority(59.96, 60));
  EXPECT_FALSE(is_high_priority(59.94, 60));
}

}  // namespace
}  // namespace samla::analysis
