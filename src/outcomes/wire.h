// Outcomes on the wire: one field table gives the writer, the reader (422 per wrong field) and
// the Outcome, OutcomeInput and OutcomePatch schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "outcomes/model.h"

namespace samla::outcomes {

nlohmann::json to_json(const Outcome& o);
Result<Outcome> outcome_from_json(const nlohmann::json& j);
// components.schemas entries: Outcome, OutcomeInput, OutcomePatch, OutcomeList, OutcomeOrder.
nlohmann::json openapi_schemas();

}  // namespace samla::outcomes
