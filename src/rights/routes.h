// The privacy rights' HTTP routes: a person's export and erasure (admins).
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "http/api.h"
#include "rights/service.h"

namespace samla::rights {

std::vector<http::Route> routes(RightsService& service);
// The participant's own page (own_page_routes.cc).
void add_own_page_routes(std::vector<http::Route>& out, RightsService& service);
nlohmann::json own_page_schemas();
nlohmann::json openapi_schemas();

}  // namespace samla::rights
