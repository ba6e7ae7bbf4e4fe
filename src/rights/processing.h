// The records of processing (GDPR art. 30): what samla processes, for which purpose, on which
// legal basis, about whom, who receives it and how long it is kept — written once here, in
// Swedish and English, with the retention months in force from the privacy settings.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "core/language.h"
#include "core/result.h"
#include "privacy/settings.h"

namespace samla::rights {

// {controller_note, activities: [{key, purpose, bases, categories, special_category, subjects,
//  recipients, retention}]} in `language`.
nlohmann::json processing_records(const privacy::PrivacySettings& settings, Language language);
// The same as a CSV sheet (one row per activity), with a byte-order mark for Excel.
std::string processing_csv(const nlohmann::json& records, Language language);

}  // namespace samla::rights
