// Agreements on the wire: one field table gives the writer, the reader (422 per wrong field,
// "signatories[1].signed_on" inside a list) and the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "agreements/model.h"
#include "core/result.h"

namespace samla::agreements {

nlohmann::json to_json(const Agreement& a);
Result<Agreement> agreement_from_json(const nlohmann::json& j);
// components.schemas: Agreement, AgreementInput, AgreementPatch, AgreementList.
nlohmann::json openapi_schemas();

}  // namespace samla::agreements
