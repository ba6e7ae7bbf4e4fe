#include "core/case_fold.h"

#include <gtest/gtest.h>

namespace samla {
namespace {

TEST(CaseFold, FoldsEveryScriptAlike) {
  EXPECT_EQ(fold_case("UMEÅ"), fold_case("umeå"));
  EXPECT_EQ(fold_case("ÖREBRO Län"), "örebro län");
  EXPECT_EQ(fold_case("Straße"), fold_case("STRASSE"));
  EXPECT_EQ(fold_case("ΑΘΉΝΑ"), fold_case("αθήνα"));
  EXPECT_EQ(fold_case(""), "");
  EXPECT_NE(fold_case("a"), fold_case("å"));
}

TEST(FoldedLikePatterns, SplitsOnEverythingButLettersAndDigits) {
  EXPECT_EQ(folded_like_patterns("Umeå, PLAN 2026"),
            (std::vector<std::string>{"%umeå%", "%plan%", "%2026%"}));
  EXPECT_EQ(folded_like_patterns("50%_off"), (std::vector<std::string>{"%50%", "%off%"}))
      << "LIKE's wildcards separate words instead of matching anything";
  EXPECT_TRUE(folded_like_patterns(" ,;% ").empty());
}

}  // namespace
}  // namespace samla
