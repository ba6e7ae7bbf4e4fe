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

// "{name}" placeholders filled.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace samla::reports::internal
