#include "analysis/settings.h"

#include "programme/store.h"

#include <cmath>

#include "access/audit.h"
#include "access/records.h"
#include "core/clock.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::analysis {
namespace {

using nlohmann::json;

// Each changeable number: where it lives in the JSON, in Settings, and its range.
struct NumberField {
  const char* group;  // "" for a top-level field
  const char* name;
  double min, max;
  double& (*ref)(Settings&);
};

const std::vector<NumberField>& number_fields() {
  static const std::vector<NumberField> fields{
      {"grid", "influence", 1, 5, [](Settings& s) -> double& { return s.view.grid.influence; }},
      {"grid", "interest", 1, 5, [](Settings& s) -> double& { return s.view.grid.interest; }},
      {"salience", "power", 1, 5, [](Settings& s) -> double& { return s.view.salience.power; }},
      {"salience", "legitimacy", 1, 5,
       [](Settings& s) -> double& { return s.view.salience.legitimacy; }},
      {"salience", "urgency", 1, 5, [](Settings& s) -> double& { return s.view.salience.urgency; }},
      {"weights", "influence", 0, 100,
       [](Settings& s) -> double& { return s.view.weights.influence; }},
      {"weights", "interest", 0, 100,
       [](Settings& s) -> double& { return s.view.weights.interest; }},
      {"weights", "legitimacy", 0, 100,
       [](Settings& s) -> double& { return s.view.weights.legitimacy; }},
      {"weights", "urgency", 0, 100, [](Settings& s) -> double& { return s.view.weights.urgency; }},
      {"weights", "relevance", 0, 100,
       [](Settings& s) -> double& { return s.view.weights.relevance; }},
      {"weights", "support", 0, 100, [](Settings& s) -> double& { return s.view.weights.support; }},
      {"", "high_priority", 0, 100, [](Settings& s) -> double& { return s.high_priority; }},
  };
  return fields;
}

std::string field_name(const NumberField& f) {
  return *f.group ? std::string(f.group) + "." + f.name : std::string(f.name);
}

}  // namespace

json to_json(const Settings& settings) {
  Settings copy = settings;
  json out = json::object();
  for (const auto& f : number_fields()) {
    double value = f.ref(copy);
    if (*f.group)
      out[f.group][f.name] = value;
    else
      out[f.name] = value;
  }
  out["programme_id"] = settings.programme_id;
  out["version"] = settings.version;
  out["updated_at"] = settings.updated_at ? json(*settings.updated_at) : json(nullptr);
  out["updated_by"] = settings.updated_by ? json(*settings.updated_by) : json(nullptr);
  return out;
}

Result<Settings> settings_from_json(const json& j, Settings base) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  std::vector<FieldError> errors;
  for (const char* group : {"grid", "salience", "weights"})
    if (j.contains(group) && !j.at(group).is_object())
      errors.emplace_back(group, Msg::must_be_object);
  // A misspelt key would otherwise leave its setting at the default without a word.
  auto known = [](const std::string& group, const std::string& name) {
    for (const auto& f : number_fields())
      if (f.group == group && f.name == name) return true;
    return false;
  };
  for (const auto& [key, value] : j.items()) {
    if (key == "version" || key == "updated_at" || key == "updated_by" || key == "programme_id")
      continue;
    if (value.is_object() && (key == "grid" || key == "salience" || key == "weights")) {
      for (const auto& [name, inner] : value.items())
        if (!known(key, name)) errors.emplace_back(key + "." + name, Msg::not_a_setting);
    } else if (!known("", key) && key != "grid" && key != "salience" && key != "weights") {
      errors.emplace_back(key, Msg::not_a_setting);
    }
  }
  for (const auto& f : number_fields()) {
    const json* value = nullptr;
    if (!*f.group && j.contains(f.name))
      value = &j.at(f.name);
    else if (*f.group && j.contains(f.group) && j.at(f.group).is_object() &&
             j.at(f.group).contains(f.name))
      value = &j.at(f.group).at(f.name);
    if (!value) continue;
    if (!value->is_number() || !std::isfinite(value->get<double>()) ||
        value->get<double>() < f.min || value->get<double>() > f.max) {
      auto text = [](double v) { return std::to_string(static_cast<int>(v)); };
      errors.emplace_back(field_name(f), Msg::number_range,
                          MessageParams{{"min", text(f.min)}, {"max", text(f.max)}});
      continue;
    }
    f.ref(base) = value->get<double>();
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return base;
}

namespace store {

Result<Settings> load_settings(storage::Session& s, std::optional<std::int64_t> programme_id) {
  SAMLA_ASSIGN(const std::int64_t programme, programme::store::programme_for(s, programme_id));
  SAMLA_ASSIGN(auto own, s.query("SELECT settings, version, updated_at, updated_by FROM "
                                 "programme_analysis_settings WHERE programme_id = ?",
                                 {programme}));
  // A programme that saved none follows the instance's (version 0), else the defaults.
  SAMLA_ASSIGN(auto rows, own.empty() ? s.query("SELECT settings, 0, updated_at, updated_by FROM "
                                                "analysis_settings WHERE id = 1")
                                      : Result<storage::Rows>(std::move(own)));
  Settings settings;
  settings.programme_id = programme;
  if (rows.empty()) return settings;
  const auto& r = rows.front();
  auto parsed = json::parse(r.text(0), nullptr, false);
  SAMLA_ASSIGN(settings, settings_from_json(parsed, std::move(settings)));
  storage::read_columns(r, 1, settings.version, settings.updated_at, settings.updated_by);
  return settings;
}

constexpr access::RecordKind kSettingsRecord{"analysis_settings", "analysis_settings",
                                             "analysis settings"};

Result<Settings> save_settings(storage::Session& s, std::optional<std::int64_t> programme_id,
                               Settings next, std::optional<std::int64_t> expected_version,
                               const access::Principal& actor) {
  SAMLA_ASSIGN(Settings current, load_settings(s, programme_id));
  SAMLA_TRY(access::stamp_next_settings(current, next, expected_version, kSettingsRecord, actor));
  next.programme_id = current.programme_id;
  json stored = to_json(next);
  for (const char* meta : {"version", "updated_at", "updated_by", "programme_id"})
    stored.erase(meta);
  // Conditional on what was read (no row yet, or this version): a save that started from the
  // same version as one committed meanwhile changes nothing and is a 412.
  if (current.version == 0)
    SAMLA_TRY(storage::execute_versioned(
        s,
        "INSERT INTO programme_analysis_settings (settings, version, updated_at, updated_by, "
        "programme_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (programme_id) DO NOTHING",
        {stored.dump(), next.version, *next.updated_at, *next.updated_by, current.programme_id},
        "settings"));
  else
    SAMLA_TRY(storage::execute_versioned(
        s,
        "UPDATE programme_analysis_settings SET settings = ?, version = ?, updated_at = ?, "
        "updated_by = ? WHERE programme_id = ? AND version = ?",
        {stored.dump(), next.version, *next.updated_at, *next.updated_by, current.programme_id,
         current.version},
        "settings"));
  SAMLA_TRY(access::audit_changed(s, kSettingsRecord, current.programme_id, to_json(current),
                                  to_json(next), actor,
                                  current.version == 0 ? "create" : "update"));
  return next;
}

}  // namespace store
}  // namespace samla::analysis
