// The views built from assessments (pure): what several assessors' relevance adds up to.
#include "analysis/views.h"

#include <gtest/gtest.h>

#include <algorithm>

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

}  // namespace
}  // namespace samla::analysis
