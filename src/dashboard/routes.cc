#include "dashboard/routes.h"

#include "core/date.h"
#include "dashboard/wire.h"
#include "http/handler_support.h"
#include "register/table_download.h"

namespace samla::dashboard {
namespace {

using namespace http::route_names;

Result<Dashboard> dashboard_of(DashboardService& svc, Request& r) {
  DashboardRequest request;
  SAMLA_ASSIGN(request.programme_id, http::integer_query(r, "programme_id"));
  request.from = r.query_param("from");
  request.to = r.query_param("to");
  request.today = day_from_today(0);
  SAMLA_ASSIGN(auto viewer, svc.viewer(r.caller(), r.language));
  return svc.dashboard(request, viewer);
}

}  // namespace

std::vector<http::Route> routes(DashboardService& service) {
  DashboardService* svc = &service;
  const std::vector<std::string> query{"programme_id", "from", "to"};
  std::vector<http::Route> out;
  out.push_back({"GET",
                 "/api/v1/dashboard",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(Dashboard d, dashboard_of(*svc, r));
                   return http::json_response(200, to_json(d));
                 },
                 {"The programme quarter by quarter (from, to: YYYY-Qn; by default the four "
                  "quarters up to today's): active stakeholders, events held, participation by "
                  "country group and perspective, actions, active groups, anchoring levels and "
                  "the network",
                  "programmes", std::nullopt, "Dashboard", query, 200}});
  std::vector<std::string> export_query = query;
  export_query.push_back("format");
  out.push_back({"GET",
                 "/api/v1/dashboard/export",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   const std::string format = r.query_param("format").value_or("csv");
                   if (auto refused = registry::bad_table_format(format))
                     return std::move(*refused);
                   SAMLA_ASSIGN_OR_PROBLEM(Dashboard d, dashboard_of(*svc, r));
                   return registry::table_download(dashboard_table(d), format, "samla-dashboard",
                                                   "dashboard", /*byte_order_mark=*/true);
                 },
                 {"The dashboard's figures as a file, a row per quarter: ?format=csv|xlsx",
                  "programmes", std::nullopt, std::nullopt, export_query, 200}});
  return out;
}

}  // namespace samla::dashboard
