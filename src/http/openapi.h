// The OpenAPI 3.1 document, generated from the route table so it cannot drift from it.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "http/api.h"

namespace samla::http {

// An OpenAPI 3.1.0 document describing every route; `component_schemas` become
// components.schemas (plus the shared Problem schema). Public routes declare no security.
nlohmann::json build_openapi(const std::vector<Route>& routes,
                             const nlohmann::json& component_schemas, std::string version);

// GET /api/v1/openapi.json serving the document of `routes` plus itself.
Route openapi_route(const std::vector<Route>& routes, const nlohmann::json& component_schemas,
                    std::string version);

// A unique operationId for a route: "getPeopleById" for GET /api/v1/people/{id}.
std::string operation_id(const Route& route);

}  // namespace samla::http
