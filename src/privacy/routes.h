// The privacy module's HTTP routes under /api/v1: the programme's privacy settings.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "http/api.h"
#include "storage/database.h"

namespace samla::privacy {

std::vector<http::Route> routes(storage::SessionPool& pool);
nlohmann::json openapi_schemas();

}  // namespace samla::privacy
