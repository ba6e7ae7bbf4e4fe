// The set-up page's two calls, both without an account: whether the installation still needs
// its first account, and creating it through the set-up link (then logged in, and with the
// demo programme loaded when asked for).
#include "access/body_reader.h"
#include "access/route_tables.h"
#include "access/service_state.h"

namespace samla::access::route_tables {

std::vector<http::Route> first_run_routes(AccessService& service, AccessService::DemoLoader demo) {
  std::vector<http::Route> routes;
  routes.push_back(http::Route{"GET",
                               "/api/v1/setup",
                               std::nullopt,
                               [&service](http::Request&) {
                                 auto needed = service.setup_needed();
                                 if (!needed.ok()) return http::problem_response(needed.error());
                                 return http::json_response(200, {{"needed", *needed}});
                               },
                               {"Whether samla still needs its first account (no login needed)",
                                "session",
                                std::nullopt,
                                "SetupStatus",
                                {},
                                200}});
  routes.push_back(http::Route{
      "POST",
      "/api/v1/setup",
      std::nullopt,
      [&service, demo](http::Request& request) {
        auto body = http::parse_json_body(request);
        if (!body.ok()) return http::problem_response(body.error());
        BodyReader reader(*body);
        auto secret = reader.string("secret", true);
        auto name = reader.string("name", true);
        auto password = reader.string("password", true);
        auto load_demo = reader.boolean("demo");
        reader.reject_unknown({"secret", "name", "password", "demo"});
        if (auto valid = reader.finish(); !valid.ok()) return http::problem_response(valid.error());
        auto login = service.complete_setup(*secret, *name, *password, request.remote_address);
        if (!login.ok()) return http::problem_response(login.error());
        nlohmann::json loaded = nullptr;
        if (load_demo.value_or(false) && demo) {
          auto counts = demo(internal::principal_for(login->user));
          if (!counts.ok()) return http::problem_response(counts.error());
          loaded = nlohmann::json::object();
          for (const auto& [what, count] : *counts) loaded[what] = count;
        }
        return logged_in(service, *login, {{"demo", std::move(loaded)}});
      },
      {"Create the first administrator through the set-up link that samla printed at its "
       "start, log in, and load the demo programme if asked (no login needed; once)",
       "session",
       "SetupRequest",
       "SetupResult",
       {},
       201}});
  return routes;
}

}  // namespace samla::access::route_tables
