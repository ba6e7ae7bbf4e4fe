// The initiative list on the wire: one field table per type (initiative, rating, weights) gives
// the writer, the reader (422 per wrong field) and the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "initiatives/model.h"

namespace samla::initiatives {

nlohmann::json to_json(const Initiative& i);
Result<Initiative> initiative_from_json(const nlohmann::json& j);
nlohmann::json to_json(const Rating& r);
Result<Rating> rating_from_json(const nlohmann::json& j);
nlohmann::json to_json(const Weights& w);
Result<Weights> weights_from_json(const nlohmann::json& j);

// components.schemas: Initiative(Input, Patch, List), Rating(Input, List), InitiativeWeights
// (Input), InitiativeTransition, InitiativeFromOutcome.
nlohmann::json openapi_schemas();

}  // namespace samla::initiatives
