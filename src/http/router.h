// Matches requests to the route table and runs the pipeline every request goes through:
// route (404/405), authenticate (401), authorise with access::can (403), handle. Beast-free,
// so the whole pipeline is unit-tested without sockets.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "http/api.h"

namespace samla::http {

// Identifies the caller of a protected route (session cookie or bearer token).
using Authenticate = std::function<Result<access::Principal>(const Request&)>;

struct RouteMatch {
  const Route* route = nullptr;  // null: no route; see status
  std::map<std::string, std::string> path_params;
  int status = 200;                // 200 matched, 404 no such path, 405 path without method
  std::vector<std::string> allow;  // methods the path accepts, for the 405 Allow header
};

class Router {
 public:
  // `components` are the API document's components.schemas: the request schema each route
  // declares is resolved from them once, here, for parse_json_body to check bodies against.
  explicit Router(std::vector<Route> routes, const nlohmann::json& components = {});

  // The route for `method` on the decoded `path`; literal segments beat {params}. HEAD
  // matches GET routes.
  RouteMatch match(std::string_view method, std::string_view path) const;
  // The resolved schema of `route`'s request body (a route of this router), if it declares one.
  const nlohmann::json* body_schema(const Route& route) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{id}" kept as is
  };
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
  std::vector<std::optional<nlohmann::json>> body_schemas_;  // per route, resolved
};

// Percent-decodes `text` ('+' as space when `plus_as_space`); nullopt on a bad escape.
std::optional<std::string> percent_decode(std::string_view text, bool plus_as_space);

// Parses "a=1&b=x+y&c=%C3%A5" into decoded pairs; bad escapes are kept verbatim.
std::multimap<std::string, std::string> parse_query(std::string_view query);

// Runs `request` through routing, authentication, permission and the handler. Handler
// exceptions propagate: the server catches them once, logs them and answers 500.
Response dispatch(const Router& router, Request& request, const Authenticate& authenticate);

// Adds the security headers every response carries (and Cache-Control: no-store under
// /api/, WWW-Authenticate on 401).
void add_standard_headers(Response& response, std::string_view path);

}  // namespace samla::http
