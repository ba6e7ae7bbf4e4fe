// Follow-up groups on the wire: one field table per type (group, member, deliverable) gives the
// writer, the reader (422 per wrong field, "members[2].from_date") and the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "groups/model.h"

namespace samla::groups {

nlohmann::json to_json(const Group& g);
Result<Group> group_from_json(const nlohmann::json& j);
// components.schemas: Group, GroupInput, GroupPatch, GroupList.
nlohmann::json openapi_schemas();

}  // namespace samla::groups
