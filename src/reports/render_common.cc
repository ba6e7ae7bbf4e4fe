#include "privacy/redaction.h"
#include "reports/render_internal.h"

namespace samla::reports {

using nlohmann::json;

json redacted_content(const json& content, const privacy::Viewer& viewer) {
  json out = content;
  json& rows = out["participation"]["by_perspective"];
  if (!rows.is_array()) return out;
  json kept = json::array();
  for (json row : rows) {
    const std::string key = row.value("key", std::string());
    if (privacy::is_special_perspective(key)) {
      if (!viewer.sees_special_category()) continue;  // not even that the row exists
      for (const char* column : {"invited", "attended"})
        if (row.value(column, 0) < kSmallestShownCount) row[column] = -1;
    }
    kept.push_back(std::move(row));
  }
  rows = std::move(kept);
  return out;
}

namespace internal {

std::vector<CountTable> participation_tables(const json& p, const Words& w) {
  std::vector<CountTable> out;
  auto table = [&](const char* key, const char* caption, auto label) {
    CountTable t{w(caption), {}};
    for (const auto& row : p.value(key, json::array()))
      t.rows.push_back({label(row.value("key", std::string())), row.value("invited", 0LL),
                        row.value("attended", 0LL)});
    out.push_back(std::move(t));
  };
  table("by_country_group", "by_country_group", [](const std::string& k) { return k; });
  table("by_country", "by_country", [&](const std::string& k) { return w.country(k); });
  table("by_perspective", "by_perspective",
        [&](const std::string& k) { return w.label("perspective", k); });
  table("by_sector", "by_sector", [&](const std::string& k) { return w.label("sector", k); });
  return out;
}

std::string intro(const Report& r, const Words& w) {
  return w.swedish() ? r.intro_sv : r.intro_en;
}

std::string conclusions(const Report& r, const Words& w) {
  return w.swedish() ? r.conclusions_sv : r.conclusions_en;
}

std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) {
    const std::string slot = "{" + name + "}";
    for (auto at = text.find(slot); at != std::string::npos;
         at = text.find(slot, at + value.size()))
      text.replace(at, slot.size(), value);
  }
  return text;
}

}  // namespace internal
}  // namespace samla::reports
