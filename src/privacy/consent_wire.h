// Consents and their wordings on the wire: one field table each, from which the JSON and the
// OpenAPI schemas come.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "privacy/consent.h"

namespace samla::privacy {

nlohmann::json to_json(const Consent& c);
Result<Consent> consent_from_json(const nlohmann::json& j);
nlohmann::json to_json(const ConsentText& t);
Result<ConsentText> consent_text_from_json(const nlohmann::json& j);
// Consent, ConsentInput, ConsentList, ConsentText, ConsentTextInput, ConsentTextList,
// ConsentWithdrawal, ConsentReview.
nlohmann::json consent_schemas();

}  // namespace samla::privacy
