// Programmes and phases on the wire: one field table per type gives the writer, the reader (422
// per wrong field, "criteria[2].param") and the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "core/wire.h"
#include "programme/changes.h"
#include "programme/model.h"
#include "programme/templates.h"

namespace samla::programme {

nlohmann::json to_json(const Programme& p);
Result<Programme> programme_from_json(const nlohmann::json& j);
nlohmann::json to_json(const Phase& p);
Result<Phase> phase_from_json(const nlohmann::json& j);
nlohmann::json to_json(const ProgrammeTemplate& t);
nlohmann::json to_json(const Change& c);

// {"criterion_id": N, "note": "…"}: a coordinator signs off one criterion of a gate.
struct SignOff {
  std::int64_t criterion_id = 0;
  std::string note;
};
Result<SignOff> sign_off_from_json(const nlohmann::json& j);

// The programme a record belongs to, for the field tables of events, kickoff lists, groups,
// action plans and reports: optional when creating (the default programme then); answers
// always carry it.
template <typename T>
wire::Field<T> programme_field(std::optional<std::int64_t> T::*member) {
  return wire::optional_id("programme_id", member)
      .describe("the programme it belongs to; the default programme when not given")
      .always();
}

// components.schemas: Programme(Input, Patch, List), Phase(Input, List), ProgrammeTemplate
// (List), SignOff, PhaseOrder, PhasesFromTemplate, ProgrammeChange(List).
nlohmann::json openapi_schemas();

}  // namespace samla::programme
