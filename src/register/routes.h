// The register's HTTP routes under /api/v1: people, organisations, themes, country groups
// and countries. Thin: parse, call the service, map the result.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "http/api.h"
#include "register/json.h"
#include "register/service.h"

namespace samla::registry {

std::vector<http::Route> routes(RegisterService& service, ProgressBoard& progress);

// POST /api/v1/{people,organisations}/import (with ?progress=KEY, its progress on `progress`)
// and GET …/export.
std::vector<http::Route> transfer_routes(RegisterService& service, ProgressBoard& progress);

}  // namespace samla::registry
