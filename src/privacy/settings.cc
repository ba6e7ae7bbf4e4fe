#include "privacy/settings.h"

#include "access/audit.h"
#include "access/records.h"
#include "core/clock.h"
#include "core/wire.h"
#include "storage/versioned.h"

namespace samla::privacy {
namespace {

using nlohmann::json;

const wire::Fields<PrivacySettings>& settings_fields() {
  static const wire::Fields<PrivacySettings> fields{
      wire::boolean("free_text_for_all_readers", &PrivacySettings::free_text_for_all_readers)
          .describe("Free text about people (notes, reasons, rationales, comments) is shown to "
                    "every reader of the register, not only to those who see special-category "
                    "data"),
      wire::id("version", &PrivacySettings::version),
      wire::optional_text("updated_at", &PrivacySettings::updated_at).answer(),
      wire::optional_text("updated_by", &PrivacySettings::updated_by).answer()};
  return fields;
}

}  // namespace

json to_json(const PrivacySettings& settings) {
  return settings_fields().write(settings);
}

Result<PrivacySettings> settings_from_json(const json& j, PrivacySettings base) {
  return settings_fields().read(j, std::move(base));
}

json settings_schemas() {
  json input = settings_fields().patch_schema();
  return {{"PrivacySettings", settings_fields().complete_schema()},
          {"PrivacySettingsInput", input}};
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
  SAMLA_TRY(access::stamp_next_settings(current, next, expected_version, kSettingsRecord, actor));
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
