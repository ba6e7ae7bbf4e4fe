// Interactions on the wire: one field table gives the writer, the reader (422 per wrong field)
// and the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "interactions/model.h"

namespace samla::interactions {

nlohmann::json to_json(const Interaction& i);
Result<Interaction> interaction_from_json(const nlohmann::json& j);
// components.schemas: Interaction, InteractionInput, InteractionPatch, InteractionList.
nlohmann::json openapi_schemas();

}  // namespace samla::interactions
