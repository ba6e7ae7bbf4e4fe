// The programme's privacy settings: one versioned row, changed with If-Match and audited.
// Today one choice: whether free text about people is shown to every reader of the register
// or, as by default, only to those who may see special-category data.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "privacy/viewer.h"
#include "storage/database.h"

namespace samla::privacy {

// How long data is kept before the daily retention job acts (rights/retention.h).
inline constexpr int kMinRetentionMonths = 1, kMaxRetentionMonths = 240;
inline constexpr std::size_t kMaxSensitiveWords = 200, kMaxSensitiveWord = 60;

struct PrivacySettings {
  bool free_text_for_all_readers = false;
  // Evaluation answers' free text is emptied this many months after it was given (the ratings
  // stay for the statistics).
  int evaluation_texts_months = 24;
  // Someone with no invitation, contact, membership or change in this many months is listed
  // for a coordinator to review (keep, or erase).
  int inactive_after_months = 36;
  // Words that suggest health details: forms warn when free text about a person has one.
  std::vector<std::string> sensitive_words;
  std::int64_t version = 1;
  std::optional<std::string> updated_at, updated_by;
};

// {free_text_for_all_readers, version, updated_at, updated_by}.
nlohmann::json to_json(const PrivacySettings& settings);
// The changeable fields of a PrivacySettingsInput body over `base`; 422 naming the field.
Result<PrivacySettings> settings_from_json(const nlohmann::json& j, PrivacySettings base);
// The PrivacySettings and PrivacySettingsInput schemas, from the same field table.
nlohmann::json settings_schemas();

// The saved settings.
Result<PrivacySettings> load_settings(storage::Session& s);
// Saves `next` when `expected_version` (if given) is current; 412 otherwise, or when another
// writer changed the row meanwhile; audited.
Result<PrivacySettings> save_settings(storage::Session& s, PrivacySettings next,
                                      std::optional<std::int64_t> expected_version,
                                      const access::Principal& actor);

// The viewer for `principal` reading in `language`, under the saved settings.
Result<Viewer> viewer_for(storage::Session& s, const access::Principal& principal,
                          Language language);

}  // namespace samla::privacy
