// The reports' rules, the words of a rendering and its redaction, row by row.
#include <gtest/gtest.h>

#include <set>

#include "reports/render.h"
#include "reports/rules.h"
#include "reports/words.h"

namespace samla::reports {
namespace {

std::set<std::string> fields(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field);
  return out;
}

Report scope(std::optional<std::int64_t> event, std::optional<std::string> theme,
             std::optional<std::string> from, std::optional<std::string> to) {
  Report r;
  r.event_id = event;
  r.theme = std::move(theme);
  r.from = std::move(from);
  r.to = std::move(to);
  return r;
}

TEST(ReportRules, AnEventOrAThemeAndDates) {
  EXPECT_TRUE(check_scope(scope(3, {}, {}, {})).empty());
  EXPECT_TRUE(check_scope(scope({}, "stigma_reduction", {}, {})).empty());
  EXPECT_TRUE(check_scope(scope({}, {}, "2026-01-01", "2026-01-01")).empty());
  EXPECT_EQ(fields(check_scope(scope(3, "stigma_reduction", {}, {}))),
            std::set<std::string>{"event_id"});
  EXPECT_EQ(fields(check_scope(scope({}, {}, {}, {}))), std::set<std::string>{"event_id"});
  EXPECT_EQ(fields(check_scope(scope({}, {}, "2026-02-30", "May"))),
            (std::set<std::string>{"from", "to"}));
  EXPECT_EQ(fields(check_scope(scope({}, {}, "2026-06-01", "2026-05-31"))),
            std::set<std::string>{"to"});
}

TEST(ReportRules, TextsAreBounded) {
  Report r;
  r.intro_sv = std::string(kMaxText, 'a');
  EXPECT_TRUE(check_texts(r).empty());
  r.conclusions_en = std::string(kMaxText + 1, 'b');
  EXPECT_EQ(fields(check_texts(r)), std::set<std::string>{"conclusions_en"});
}

TEST(ReportRules, TransitionsInOrderOnly) {
  struct Row {
    const char* from;
    const char* to;
    bool allowed;
  };
  const Row rows[] = {{"draft", "in_review", true},     {"in_review", "draft", true},
                      {"in_review", "approved", true},  {"approved", "published", true},
                      {"published", "approved", true},  {"draft", "approved", false},
                      {"draft", "published", false},    {"approved", "draft", false},
                      {"approved", "in_review", false}, {"published", "draft", false},
                      {"draft", "draft", false},        {"draft", "archived", false}};
  for (const Row& row : rows)
    EXPECT_EQ(allowed_transition(row.from, row.to), row.allowed) << row.from << " → " << row.to;
  EXPECT_TRUE(is_format("docx"));
  EXPECT_FALSE(is_format("odt"));
  EXPECT_TRUE(is_language("sv"));
  EXPECT_FALSE(is_language("de"));
}

TEST(ReportWords, NumbersCountriesAndCountsInEachLanguage) {
  const Words sv(Language::sv), en(Language::en);
  EXPECT_EQ(sv.number(3.25, 1), "3,2");  // ICU rounds half to even
  EXPECT_EQ(en.number(3.25, 1), "3.2");
  EXPECT_EQ(sv.number(1234, 0), "1\u00a0234");
  EXPECT_EQ(en.number(1234, 0), "1,234");
  EXPECT_EQ(sv.country("NO"), "Norge");
  EXPECT_EQ(en.country("NO"), "Norway");
  EXPECT_EQ(sv.count(-1), "färre än 5");
  EXPECT_EQ(en.shift(-0.25), "\u22120.2");
  EXPECT_EQ(sv.shift(0.75), "+0,8");
  EXPECT_EQ(sv.label("perspective", "lived_experience"), "Egen erfarenhet");
  EXPECT_EQ(en("next_steps"), "Next steps");
}

TEST(ReportRedaction, LivedExperienceOnlyForThoseWhoMaySeeItAndNeverBelowFive) {
  const nlohmann::json content = {
      {"participation",
       {{"by_perspective",
         {{{"key", "lived_experience"}, {"invited", 7}, {"attended", 3}},
          {{"key", "researcher"}, {"invited", 2}, {"attended", 1}}}}}}};
  privacy::Viewer coordinator{{1, "c", access::Role::coordinator, std::nullopt}, Language::en};
  privacy::Viewer facilitator{{2, "f", access::Role::facilitator, std::nullopt}, Language::en};
  auto seen = redacted_content(content, coordinator)["participation"]["by_perspective"];
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0]["invited"], 7);
  EXPECT_EQ(seen[0]["attended"], -1);  // 3: fewer than 5
  EXPECT_EQ(seen[1]["attended"], 1);   // other perspectives are not special-category
  auto hidden = redacted_content(content, facilitator)["participation"]["by_perspective"];
  ASSERT_EQ(hidden.size(), 1u);
  EXPECT_EQ(hidden[0]["key"], "researcher");
  EXPECT_EQ(content.dump().find("-1"), std::string::npos);  // the content itself is untouched
}

}  // namespace
}  // namespace samla::reports
