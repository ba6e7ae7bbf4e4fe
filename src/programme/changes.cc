#include "programme/changes.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <map>
#include <string_view>

#include "programme/store.h"

namespace samla::programme {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 12> kKinds{
    "programme", "phase",       "initiative", "anchoring", "agreement",    "event",
    "action",    "action_plan", "group",      "report",    "kickoff_list", "resource"};

// Entries are read in batches, newest first, up to this many in all.
constexpr int kBatch = 250, kMaxScanned = 4000;

std::int64_t integer_of(const json& record, const char* key) {
  const auto it = record.find(key);
  return it != record.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

std::string text_of(const json& record, const char* key) {
  const auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string title_of(const json& record, const std::string& type, Language language) {
  if (type == "phase") return text_of(record, language == Language::sv ? "name_sv" : "name_en");
  if (type == "anchoring") {
    const std::string initiative = text_of(record, "initiative_title");
    const std::string organisation = text_of(record, "organisation_name");
    return initiative.empty() ? organisation : organisation + " — " + initiative;
  }
  for (const char* key : {"title", "name"})
    if (auto text = text_of(record, key); !text.empty()) return text;
  return "";
}

}  // namespace

Result<std::vector<Change>> recent_changes(storage::Session& s, std::int64_t programme_id,
                                           int limit, Language language) {
  SAMLA_TRY(store::get_programme(s, programme_id));
  SAMLA_ASSIGN(const std::int64_t fallback, store::default_programme_id(s));
  // Actions belong to a programme through their plan; kickoff lists' audit entries name no
  // programme (nor, for their entries' changes, a title), so both are looked up.
  std::map<std::int64_t, std::int64_t> plan_programme;
  SAMLA_ASSIGN(auto plans, s.query("SELECT id, programme_id FROM action_plans"));
  for (const auto& row : plans)
    plan_programme[row.integer(0)] = row.is_null(1) ? fallback : row.integer(1);
  std::map<std::int64_t, std::pair<std::int64_t, std::string>> kickoff_lists;
  SAMLA_ASSIGN(auto lists, s.query("SELECT id, programme_id, title FROM kickoff_lists"));
  for (const auto& row : lists)
    kickoff_lists[row.integer(0)] = {row.is_null(1) ? fallback : row.integer(1), row.text(2)};

  std::string kinds;
  storage::Params params;
  for (std::string_view kind : kKinds) {
    kinds += kinds.empty() ? "?" : ", ?";
    params.emplace_back(std::string(kind));
  }
  const std::string sql =
      "SELECT id, at, user_name, action, record_type, record_id, before_json, after_json FROM "
      "audit_log WHERE record_type IN (" +
      kinds + ") AND id < ? ORDER BY id DESC LIMIT ?";
  std::vector<Change> out;
  std::int64_t below = INT64_MAX;
  for (int scanned = 0; scanned < kMaxScanned && static_cast<int>(out.size()) < limit;) {
    storage::Params batch = params;
    batch.emplace_back(below);
    batch.emplace_back(std::int64_t{kBatch});
    SAMLA_ASSIGN(auto rows, s.query(sql, batch));
    for (const auto& row : rows) {
      below = row.integer(0);
      const std::string type = row.text(4);
      const std::string text = row.is_null(7) ? row.text(6) : row.text(7);
      const json record = json::parse(text, nullptr, false);
      if (!record.is_object()) continue;
      std::int64_t record_id = 0;
      const std::string id_text = row.text(5);
      std::from_chars(id_text.data(), id_text.data() + id_text.size(), record_id);
      std::int64_t owner = 0;
      if (type == "programme")
        owner = record_id;
      else if (type == "action")
        owner = plan_programme.count(integer_of(record, "plan_id"))
                    ? plan_programme[integer_of(record, "plan_id")]
                    : 0;
      else if (type == "kickoff_list")
        owner = kickoff_lists.count(record_id) ? kickoff_lists[record_id].first : 0;
      else
        owner = record.contains("programme_id") && record["programme_id"].is_null()
                    ? fallback
                    : integer_of(record, "programme_id");
      if (owner != programme_id) continue;
      std::string title = title_of(record, type, language);
      if (title.empty() && type == "kickoff_list") title = kickoff_lists[record_id].second;
      out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), type, record_id,
                     std::move(title)});
      if (static_cast<int>(out.size()) == limit) break;
    }
    scanned += static_cast<int>(rows.size());
    if (static_cast<int>(rows.size()) < kBatch) break;
  }
  return out;
}

}  // namespace samla::programme
