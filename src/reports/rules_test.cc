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

TEST(ReportActionPlan, CountsOverdueWorkBurnUpAndIndicatorsAsTablesAndDescribedCharts) {
  nlohmann::json content = {
      {"events", nlohmann::json::array()},
      {"themes", nlohmann::json::array()},
      {"participation", nlohmann::json::object()},
      {"outcomes", nlohmann::json::array()},
      {"evaluation", nlohmann::json::array()},
      {"lessons", nlohmann::json::array()},
      {"gathered_at", "2026-12-06T10:00:00.000Z"},
      {"action_plan",
       {{"as_of", "2026-12-06"},
        {"total", 3},
        {"by_status", {{"proposed", 1}, {"in_progress", 1}, {"done", 1}}},
        {"overdue", 1},
        {"stalled", 0},
        {"at_risk", 2},
        {"overdue_list",
         {{{"title", "Map the routes"},
           {"due_date", "2026-11-22"},
           {"status", "in_progress"},
           {"progress", 60},
           {"accountable", "Folkhälsomyndigheten"}}}},
        {"indicators",
         {{{"action", "Measure waiting times"},
           {"name", "Regions reporting"},
           {"unit", "regions"},
           {"direction", "increase"},
           {"baseline", 4},
           {"target", 21},
           {"measurements",
            {{{"date", "2026-11-16"}, {"value", 4}}, {{"date", "2026-12-01"}, {"value", 7.5}}}}}}},
        {"burn_up",
         {{{"date", "2026-09-07"}, {"total", 1}, {"done", 0}},
          {{"date", "2026-11-24"}, {"total", 3}, {"done", 1}}}}}}};
  Report report;
  report.title = "Programme";
  privacy::Viewer reader{{1, "c", access::Role::coordinator, std::nullopt}, Language::sv};
  const std::string html = render_html({&report, &content, &reader, Language::sv, false});
  EXPECT_NE(html.find("<h2>Handlingsplan: läget för åtgärderna</h2>"), std::string::npos);
  EXPECT_NE(html.find("Åtgärder den 2026-12-06: 3, varav 1 klara och 2 pågående eller planerade. "
                      "Försenade: 1. Har stannat av: 0. Ligger efter planen: 2."),
            std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">Pågår</th><td class=\"n\">1</td>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">Map the routes</th><td>Folkhälsomyndigheten</td>"),
            std::string::npos);
  // Two charts, each titled and described for screen readers, each followed by its table.
  EXPECT_NE(html.find("aria-labelledby=\"burn-up-t burn-up-d\""), std::string::npos);
  EXPECT_NE(html.find("<desc id=\"burn-up-d\">2026-11-24: Alla åtgärder 3, Klara 1.</desc>"),
            std::string::npos);
  EXPECT_NE(html.find("aria-labelledby=\"indicator-1-t indicator-1-d\""), std::string::npos);
  EXPECT_NE(html.find("2026-12-01: 7,5. Utgångsläge: 4. Mål: 21."), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">Mål</th><td class=\"n\">21</td>"), std::string::npos);
  // As images for DOCX, the charts keep their text alternative.
  const std::string images = render_html({&report, &content, &reader, Language::en, true});
  EXPECT_NE(
      images.find("<img alt=\"Actions over time: all and done\" src=\"data:image/svg+xml;base64,"),
      std::string::npos);
  const std::string md = render_markdown({&report, &content, &reader, Language::en, false});
  EXPECT_NE(md.find("## Action plan: where the actions stand"), std::string::npos);
  EXPECT_NE(md.find("| Map the routes | Folkhälsomyndigheten | 2026-11-22 | In progress | 60 % |"),
            std::string::npos);
  EXPECT_NE(md.find("| 2026-11-24 | 3 | 1 |"), std::string::npos);
  // A snapshot approved before action plans existed renders without the section.
  content.erase("action_plan");
  EXPECT_EQ(render_html({&report, &content, &reader, Language::en, false}).find("Action plan"),
            std::string::npos);
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
