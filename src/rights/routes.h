// The privacy rights' HTTP routes: a person's export and erasure (admins).
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "http/api.h"
#include "rights/service.h"

namespace samla::rights {

std::vector<http::Route> routes(RightsService& service);
nlohmann::json openapi_schemas();

}  // namespace samla::rights
