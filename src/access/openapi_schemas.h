// JSON Schemas (OpenAPI 3.1 / JSON Schema 2020-12) of the access module's request and
// response bodies, keyed by the schema names its RouteDocs use.
#pragma once

#include <nlohmann/json.hpp>

namespace samla::access {

// An object of schema name → schema, for components.schemas; refers to its own entries as
// "#/components/schemas/<name>".
nlohmann::json openapi_schemas();

}  // namespace samla::access
