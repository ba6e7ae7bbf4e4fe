#include "access/route_tables.h"

namespace samla::access {

std::vector<http::Route> AccessService::routes(DemoLoader demo) {
  std::vector<http::Route> all;
  for (auto part : {route_tables::session_routes, route_tables::user_routes,
                    route_tables::token_and_audit_routes})
    for (http::Route& route : part(*this)) all.push_back(std::move(route));
  for (http::Route& route : route_tables::first_run_routes(*this, std::move(demo)))
    all.push_back(std::move(route));
  return all;
}

}  // namespace samla::access
