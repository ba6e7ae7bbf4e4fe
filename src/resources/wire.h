// Resources on the wire: one field table gives the writer, the reader (422 per wrong field) and
// the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "resources/model.h"

namespace samla::resources {

nlohmann::json to_json(const Resource& r);
Result<Resource> resource_from_json(const nlohmann::json& j);
// components.schemas: Resource, ResourceInput, ResourcePatch, ResourceList.
nlohmann::json openapi_schemas();

}  // namespace samla::resources
