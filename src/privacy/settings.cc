#include "privacy/settings.h"

#include "access/audit.h"
#include "access/records.h"
#include "core/clock.h"
#include "storage/versioned.h"

namespace samla::privacy {
namespace {

using nlohmann::json;

json optional_text(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}

}  // namespace

json to_json(const PrivacySettings& settings) {
  return {{"free_text_for_all_readers", settings.free_text_for_all_readers},
          {"version", settings.version},
          {"updated_at", optional_text(settings.updated_at)},
          {"updated_by", optional_text(settings.updated_by)}};
}

Result<PrivacySettings> settings_from_json(const json& j, PrivacySettings base) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  if (auto it = j.find("free_text_for_all_readers"); it != j.end()) {
    if (!it->is_boolean()) return invalid_field("free_text_for_all_readers", Msg::must_be_boolean);
    base.free_text_for_all_readers = it->get<bool>();
  }
  return base;
}

Result<PrivacySettings> load_settings(storage::Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT free_text_for_all_readers, version, updated_at, "
                                  "updated_by FROM privacy_settings WHERE id = 1"));
  if (rows.empty()) return PrivacySettings{};
  const auto& r = rows.front();
  return PrivacySettings{r.integer(0) != 0, r.integer(1), r.optional_text(2), r.optional_text(3)};
}

constexpr access::RecordKind kSettingsRecord{"privacy_settings", "privacy_settings",
                                             "privacy settings"};

Result<PrivacySettings> save_settings(storage::Session& s, PrivacySettings next,
                                      std::optional<std::int64_t> expected_version,
                                      const access::Principal& actor) {
  SAMLA_ASSIGN(PrivacySettings current, load_settings(s));
  SAMLA_TRY(access::check_version(current.version, expected_version, kSettingsRecord));
  next.version = current.version + 1;
  next.updated_at = now_iso8601();
  next.updated_by = actor.name;
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE privacy_settings SET free_text_for_all_readers = ?, version = ?, updated_at = ?, "
      "updated_by = ? WHERE id = 1 AND version = ?",
      {std::int64_t{next.free_text_for_all_readers ? 1 : 0}, next.version, *next.updated_at,
       *next.updated_by, current.version},
      kSettingsRecord.what));
  SAMLA_TRY(access::audit_changed(s, kSettingsRecord, 1, to_json(current), to_json(next), actor));
  return next;
}

Result<Viewer> viewer_for(storage::Session& s, const access::Principal& principal,
                          Language language) {
  Viewer viewer{principal, language, false};
  if (viewer.sees_special_category()) return viewer;  // sees it all: no need to ask
  SAMLA_ASSIGN(PrivacySettings settings, load_settings(s));
  viewer.free_text_open = settings.free_text_for_all_readers;
  return viewer;
}

}  // namespace samla::privacy
