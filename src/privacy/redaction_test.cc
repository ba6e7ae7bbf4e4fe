// The redaction point: lived experience leaves the server only for those who may see
// special-category data; every other perspective reaches every reader.
#include "privacy/redaction.h"

#include <gtest/gtest.h>

namespace samla::privacy {
namespace {

Viewer as(access::Role role) {
  Viewer v;
  v.principal.name = "someone";
  v.principal.role = role;
  return v;
}

TEST(Redaction, LivedExperienceOnlyForThoseWhoMaySeeIt) {
  const std::vector<std::string> all{"researcher", "lived_experience", "policymaker"};
  struct Row {
    access::Role role;
    std::vector<std::string> seen;
  };
  const std::vector<Row> rows{
      {access::Role::admin, all},
      {access::Role::coordinator, all},
      {access::Role::facilitator, {"researcher", "policymaker"}},
      {access::Role::participant, {"researcher", "policymaker"}},
      {access::Role::observer, {"researcher", "policymaker"}},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(visible_perspectives(all, as(row.role)), row.seen) << access::role_name(row.role);
    std::vector<std::string> in_place = all;
    redact_perspectives(in_place, as(row.role));
    EXPECT_EQ(in_place, row.seen) << access::role_name(row.role);
  }
}

TEST(Redaction, OpenFreeTextDoesNotOpenSpecialCategoryData) {
  Viewer observer = as(access::Role::observer);
  observer.free_text_open = true;
  EXPECT_TRUE(observer.sees_free_text());
  EXPECT_EQ(visible_perspectives({"lived_experience", "researcher"}, observer),
            std::vector<std::string>{"researcher"});
}

TEST(Redaction, OnlyLivedExperienceIsSpecial) {
  EXPECT_TRUE(is_special_perspective("lived_experience"));
  for (const char* p : {"researcher", "policymaker", "", "Lived_Experience", "lived experience"})
    EXPECT_FALSE(is_special_perspective(p)) << p;
}

// A writer who may not see lived experience can neither remove nor add it.
TEST(Redaction, AWriterKeepsTheSpecialCategoryTheyCannotSee) {
  struct Row {
    access::Role role;
    std::vector<std::string> before, sent, kept;
  };
  const std::vector<Row> rows{
      {access::Role::facilitator,
       {"lived_experience", "researcher"},
       {"policymaker"},
       {"lived_experience", "policymaker"}},
      {access::Role::facilitator,
       {"researcher"},
       {"lived_experience", "researcher"},
       {"researcher"}},
      {access::Role::coordinator,
       {"lived_experience", "researcher"},
       {"policymaker"},
       {"policymaker"}},
      {access::Role::coordinator, {}, {"lived_experience"}, {"lived_experience"}},
  };
  for (const auto& row : rows) {
    auto after = row.sent;
    keep_hidden_perspectives(row.before, after, as(row.role));
    EXPECT_EQ(after, row.kept) << access::role_name(row.role);
  }
}

TEST(Redaction, QuotasAboutLivedExperienceAreSpecialCategory) {
  EXPECT_TRUE(is_special_quota("lived_experience_share", ""));
  EXPECT_TRUE(is_special_quota("perspective_min", "lived_experience"));
  EXPECT_TRUE(is_special_quota("perspective_max", "lived_experience"));
  EXPECT_FALSE(is_special_quota("perspective_min", "researcher"));
  EXPECT_FALSE(is_special_quota("country_min", "nordic"));
}

}  // namespace
}  // namespace samla::privacy
