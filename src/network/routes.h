// The network's HTTP routes under /api/v1: ties, the network view with its metrics, trends,
// suggested introductions and exports.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "http/api.h"
#include "network/service.h"

namespace samla::network {

std::vector<http::Route> routes(NetworkService& service);
nlohmann::json openapi_schemas();

}  // namespace samla::network
