// The analysis's HTTP routes under /api/v1: assessments, the analysis views and settings,
// coverage and kickoff lists. Thin: parse, call the service, map the result.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "analysis/service.h"
#include "http/api.h"

namespace samla::analysis {

std::vector<http::Route> routes(AnalysisService& service);

// JSON Schemas of the analysis's wire types, for the OpenAPI document's components.
nlohmann::json openapi_schemas();

}  // namespace samla::analysis
