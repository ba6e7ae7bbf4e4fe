// Anchoring records on the wire: one field table gives the writer, the reader (422 per wrong
// field) and the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "anchoring/model.h"
#include "core/result.h"

namespace samla::anchoring {

nlohmann::json to_json(const Anchoring& a);
Result<Anchoring> anchoring_from_json(const nlohmann::json& j);
// components.schemas: Anchoring, AnchoringInput, AnchoringPatch, AnchoringList.
nlohmann::json openapi_schemas();

}  // namespace samla::anchoring
