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

}  // namespace
}  // namespace samla
