// The privacy module's HTTP routes under /api/v1: the programme's privacy settings and the
// people's consents.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "http/api.h"
#include "storage/database.h"

namespace samla::privacy {

class ConsentService;

// The privacy settings and the consents.
std::vector<http::Route> routes(storage::SessionPool& pool, ConsentService& consents);
// The consent routes (consent_routes.cc).
void add_consent_routes(std::vector<http::Route>& out, ConsentService& service);
nlohmann::json openapi_schemas();

}  // namespace samla::privacy
