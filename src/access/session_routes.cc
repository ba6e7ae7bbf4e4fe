// Logging in and out over HTTP. The session secret travels only in an HttpOnly cookie (so
// page scripts cannot read it); SameSite=Strict keeps it off cross-site requests, and the
// CSRF token guards writes should a browser not honour SameSite.
#include <cstdlib>
#include <string>

#include "access/body_reader.h"
#include "access/route_tables.h"
#include "access/wire.h"

namespace samla::access::route_tables {
namespace {

// `make run` serves plain HTTP on loopback, where a Secure cookie would never be sent back;
// behind TLS (AccessService::secure_cookies) the cookie is Secure.
std::string cookie_attributes(long long max_age, bool secure) {
  std::string attributes =
      "; HttpOnly; SameSite=Strict; Path=/; Max-Age=" + std::to_string(max_age);
  if (secure) attributes += "; Secure";
  return attributes;
}

nlohmann::json optional_json(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// A refused login; a throttled one also says in Retry-After when the pair may try again.
http::Response login_problem(AccessService& service, const std::string& name,
                             const http::Request& request, const Error& error) {
  http::Response response = http::problem_response(error);
  if (error.code != ErrorCode::too_many_requests) return response;
  auto wait = service.login_wait(name, request.remote_address);
  response.set_header("Retry-After", std::to_string(wait.ok() && *wait ? (*wait)->count() : 1));
  return response;
}

}  // namespace

http::Response logged_in(AccessService& service, const LoginResult& login, nlohmann::json more) {
  nlohmann::json body{{"user", user_summary_json(login.user)},
                      {"csrf_token", login.csrf_token},
                      {"expires_at", login.expires_at}};
  if (more.is_object())
    for (auto& [key, value] : more.items()) body[key] = std::move(value);
  auto response = http::json_response(201, body);
  auto max_age =
      std::chrono::duration_cast<std::chrono::seconds>(service.policy().absolute_timeout).count();
  response.set_header(
      "Set-Cookie",
      std::string(AccessService::kSessionCookie) + "=" + login.session_secret +
          cookie_attributes(static_cast<long long>(max_age), service.secure_cookies()));
  response.set_header("Cache-Control", "no-store");
  return response;
}

http::Response no_content() {
  http::Response response;
  response.status = 204;
  response.content_type.clear();
  return response;
}

std::vector<http::Route> session_routes(AccessService& service) {
  std::vector<http::Route> routes;

  routes.push_back(http::Route{"POST",
                               "/api/v1/session",
                               std::nullopt,
                               [&service](http::Request& request) {
                                 auto body = http::parse_json_body(request);
                                 if (!body.ok()) return http::problem_response(body.error());
                                 BodyReader reader(*body);
                                 auto name = reader.string("name", true);
                                 auto password = reader.string("password", true);
                                 reader.reject_unknown({"name", "password"});
                                 if (auto valid = reader.finish(); !valid.ok())
                                   return http::problem_response(valid.error());
                                 auto login =
                                     service.login(*name, *password, request.remote_address);
                                 if (!login.ok())
                                   return login_problem(service, *name, request, login.error());
                                 return logged_in(service, *login);
                               },
                               {"Log in with name and password; sets the session cookie",
                                "session",
                                "LoginRequest",
                                "Session",
                                {},
                                201}});

  routes.push_back(http::Route{
      "GET",
      "/api/v1/session",
      Action::use_own_account,
      [&service](http::Request& request) {
        auto info =
            service.session_info(request.caller(), request.cookie(AccessService::kSessionCookie));
        if (!info.ok()) return http::problem_response(info.error());
        auto response = http::json_response(200, {{"user", user_summary_json(info->user)},
                                                  {"csrf_token", optional_json(info->csrf_token)},
                                                  {"expires_at", optional_json(info->expires_at)}});
        response.set_header("Cache-Control", "no-store");
        return response;
      },
      {"The current user and the session's CSRF token",
       "session",
       std::nullopt,
       "Session",
       {},
       200}});

  routes.push_back(http::Route{
      "DELETE",
      "/api/v1/session",
      Action::use_own_account,
      [&service](http::Request& request) {
        const access::Principal& caller = request.caller();
        auto secret = request.cookie(AccessService::kSessionCookie);
        // A token caller has no session to end; the cookie is cleared
        // either way.
        if (!caller.token_id && secret) {
          auto done = service.logout(*secret, caller);
          if (!done.ok()) return http::problem_response(done.error());
        }
        http::Response response = no_content();
        response.set_header("Set-Cookie", std::string(AccessService::kSessionCookie) + "=" +
                                              cookie_attributes(0, service.secure_cookies()));
        return response;
      },
      {"Log out: ends the session and clears the cookie",
       "session",
       std::nullopt,
       std::nullopt,
       {},
       204}});

  return routes;
}

}  // namespace samla::access::route_tables
