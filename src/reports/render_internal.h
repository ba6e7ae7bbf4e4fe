// What the HTML and Markdown renderings share: the redacted content read into rows, in the
// reader's words. Internal to the reports module.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "reports/render.h"
#include "reports/words.h"

namespace samla::reports::internal {

// One table of counts: its caption and rows (label, invited, attended; -1: fewer than 5).
struct CountTable {
  std::string caption;
  struct Row {
    std::string label;
    long long invited = 0, attended = 0;
  };
  std::vector<Row> rows;
};

// The four participation tables in the reader's words.
std::vector<CountTable> participation_tables(const nlohmann::json& participation, const Words& w);

// The report's intro and conclusions in the reader's language.
std::string intro(const Report& r, const Words& w);
std::string conclusions(const Report& r, const Words& w);

// A table as words: caption, column heads, rows; `numeric[i]`: column i is right-aligned.
struct PlainTable {
  std::string caption;
  std::vector<std::string> head;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;
};

// The action-plan section (content["action_plan"]) in the reader's words: the summary, the
// table of statuses and of overdue actions, the burn-up's table, and per indicator its table.
struct ActionPlanSection {
  std::string summary;  // empty when the content has no action plan (older snapshots)
  PlainTable by_status, overdue, burn_up;
  std::vector<PlainTable> indicators;
};
ActionPlanSection action_plan_section(const nlohmann::json& action_plan, const Words& w);

// The burn-up (all actions and those done, over time) and one indicator's measurements (with
// its baseline and target) as SVG line charts, titled and described for screen readers;
// empty when there is nothing to draw. `id` makes the SVG's ids unique in the page.
std::string burn_up_chart(const nlohmann::json& action_plan, const Words& w, const std::string& id);
std::string indicator_chart(const nlohmann::json& indicator, const Words& w, const std::string& id);

// "{name}" placeholders filled.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace samla::reports::internal
