// The access module's route tables, one function per area; AccessService::routes() joins
// them. Handlers use only the service's public interface. Internal to the access module.
#pragma once

#include <nlohmann/json.hpp>

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

// GET/POST /api/v1/setup: the first account through a set-up link (first_run_routes.cc).
std::vector<http::Route> first_run_routes(AccessService& service, AccessService::DemoLoader demo);

// 201 with the session of `login`: the user, the CSRF token, the expiry and the fields of
// `more`, and the session cookie.
http::Response logged_in(AccessService& service, const LoginResult& login,
                         nlohmann::json more = nullptr);
// A 204 response without a body.
http::Response no_content();

}  // namespace samla::access::route_tables
