// The access module's route tables, one function per area; AccessService::routes() joins
// them. Handlers use only the service's public interface. Internal to the access module.
#pragma once

#include <vector>

#include "access/service.h"
#include "http/api.h"

namespace samla::access::route_tables {

// POST/GET/DELETE /api/v1/session.
std::vector<http::Route> session_routes(AccessService& service);
// GET/POST /api/v1/users, GET/PATCH /api/v1/users/{id}.
std::vector<http::Route> user_routes(AccessService& service);
// GET/POST /api/v1/tokens, DELETE /api/v1/tokens/{id}; GET /api/v1/audit.
std::vector<http::Route> token_and_audit_routes(AccessService& service);

// A 204 response without a body.
http::Response no_content();

}  // namespace samla::access::route_tables
