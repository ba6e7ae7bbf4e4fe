#include "privacy/settings.h"

#include "access/audit.h"
#include "access/records.h"
#include "core/clock.h"
#include "core/text_checks.h"
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
      wire::integer("evaluation_texts_months", &PrivacySettings::evaluation_texts_months)
          .with_schema({{"minimum", kMinRetentionMonths}, {"maximum", kMaxRetentionMonths}})
          .describe("Evaluation answers' free text is emptied this many months after it was "
                    "given; the ratings stay"),
      wire::integer("inactive_after_months", &PrivacySettings::inactive_after_months)
          .with_schema({{"minimum", kMinRetentionMonths}, {"maximum", kMaxRetentionMonths}})
          .describe("Someone with no invitation, contact, membership or change in this many "
                    "months is listed for review"),
      wire::text_list("sensitive_words", &PrivacySettings::sensitive_words)
          .describe("Words that suggest health details: the forms warn when free text about a "
                    "person has one (compared without case)"),
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
  SAMLA_ASSIGN(PrivacySettings read, settings_fields().read(j, std::move(base)));
  std::vector<FieldError> errors;
  for (auto [name, months] : {std::pair{"evaluation_texts_months", read.evaluation_texts_months},
                              std::pair{"inactive_after_months", read.inactive_after_months}})
    if (months < kMinRetentionMonths || months > kMaxRetentionMonths)
      errors.emplace_back(name, Msg::whole_number_range,
                          MessageParams{{"min", std::to_string(kMinRetentionMonths)},
                                        {"max", std::to_string(kMaxRetentionMonths)}});
  if (read.sensitive_words.size() > kMaxSensitiveWords)
    errors.emplace_back("sensitive_words", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxSensitiveWords)}});
  for (const auto& word : read.sensitive_words)
    if (word.empty() || character_count(word) > kMaxSensitiveWord) {
      errors.emplace_back("sensitive_words", Msg::max_characters,
                          MessageParams{{"max", std::to_string(kMaxSensitiveWord)}});
      break;
    }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return read;
}

json settings_schemas() {
  json input = settings_fields().patch_schema();
  return {{"PrivacySettings", settings_fields().complete_schema()},
          {"PrivacySettingsInput", input}};
}

Result<PrivacySettings> load_settings(storage::Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT free_text_for_all_readers, version, updated_at, "
                                  "updated_by, evaluation_texts_months, inactive_after_months, "
                                  "sensitive_words FROM privacy_settings WHERE id = 1"));
  if (rows.empty()) return PrivacySettings{};
  const auto& r = rows.front();
  PrivacySettings settings;
  settings.free_text_for_all_readers = r.integer(0) != 0;
  settings.version = r.integer(1);
  settings.updated_at = r.optional_text(2);
  settings.updated_by = r.optional_text(3);
  settings.evaluation_texts_months = static_cast<int>(r.integer(4));
  settings.inactive_after_months = static_cast<int>(r.integer(5));
  const json words = json::parse(r.text(6), nullptr, false);
  if (words.is_array())
    for (const auto& w : words)
      if (w.is_string()) settings.sensitive_words.push_back(w.get<std::string>());
  return settings;
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
      "UPDATE privacy_settings SET free_text_for_all_readers = ?, evaluation_texts_months = ?, "
      "inactive_after_months = ?, sensitive_words = ?, version = ?, updated_at = ?, updated_by = "
      "? WHERE id = 1 AND version = ?",
      {std::int64_t{next.free_text_for_all_readers ? 1 : 0},
       std::int64_t{next.evaluation_texts_months}, std::int64_t{next.inactive_after_months},
       json(next.sensitive_words).dump(), next.version, *next.updated_at, *next.updated_by,
       current.version},
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
