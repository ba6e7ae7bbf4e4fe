// Ties on the wire: JSON out, and JSON in with an error per mistyped field.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "network/model.h"
#include "privacy/viewer.h"

namespace samla::network {

// Removes the note (free text about the two stakeholders) for viewers who may not see it.
void redact_tie(Tie& t, const privacy::Viewer& viewer);
nlohmann::json to_json(const Tie& t);
// A TieInput body: {from: {kind, id}, to: {kind, id}, type, directed, strength, starts_on,
// ends_on, source, reported_by, note}.
Result<Tie> tie_from_json(const nlohmann::json& j);
nlohmann::json to_json(const Stakeholder& s);

// The Tie, TieInput and TieList schemas, from the same field table.
void add_tie_schemas(nlohmann::json& schemas);

}  // namespace samla::network
