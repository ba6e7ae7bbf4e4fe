#include "http/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace samla::http {
namespace {

Handler echo(std::string name) {
  return [name](Request& request) {
    nlohmann::json params = nlohmann::json::object();
    for (auto& [k, v] : request.path_params) params[k] = v;
    return json_response(200, {{"route", name}, {"params", params}});
  };
}

Route route(std::string method, std::string pattern,
            std::optional<access::Action> action = std::nullopt) {
  std::string name = method + " " + pattern;
  return Route{std::move(method), std::move(pattern), action, echo(name), {}};
}

Router sample() {
  return Router({
      route("GET", "/api/v1/people"),
      route("POST", "/api/v1/people"),
      route("GET", "/api/v1/people/{id}"),
      route("PUT", "/api/v1/people/{id}"),
      route("GET", "/api/v1/people/export"),
      route("GET", "/api/v1/users/{user_id}/tokens/{id}"),
      route("GET", "/"),
  });
}

TEST(Router, MatchesLiteralAndParameterSegments) {
  Router router = sample();
  auto match = router.match("GET", "/api/v1/people/12");
  ASSERT_EQ(match.status, 200);
  EXPECT_EQ(match.route->pattern, "/api/v1/people/{id}");
  EXPECT_EQ(match.path_params.at("id"), "12");

  match = router.match("GET", "/api/v1/users/3/tokens/9");
  ASSERT_EQ(match.status, 200);
  EXPECT_EQ(match.path_params.at("user_id"), "3");
  EXPECT_EQ(match.path_params.at("id"), "9");

  match = router.match("GET", "/");
  ASSERT_EQ(match.status, 200);
  EXPECT_EQ(match.route->pattern, "/");
}

TEST(Router, LiteralSegmentsBeatParametersWhateverTheOrder) {
  Router router = sample();  // export is listed after {id}
  auto match = router.match("GET", "/api/v1/people/export");
  ASSERT_EQ(match.status, 200);
  EXPECT_EQ(match.route->pattern, "/api/v1/people/export");
  EXPECT_TRUE(match.path_params.empty());
}

TEST(Router, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  Router router = sample();
  EXPECT_EQ(router.match("GET", "/api/v1/nothing").status, 404);
  EXPECT_EQ(router.match("GET", "/api/v1/people/").status, 404);  // empty {id}
  EXPECT_EQ(router.match("GET", "/api/v1/people/1/extra").status, 404);

  auto match = router.match("DELETE", "/api/v1/people");
  EXPECT_EQ(match.status, 405);
  EXPECT_EQ(match.route, nullptr);
  EXPECT_EQ(match.allow, (std::vector<std::string>{"GET", "HEAD", "POST"}));
}

TEST(Router, HeadMatchesGetRoutes) {
  Router router = sample();
  auto match = router.match("HEAD", "/api/v1/people/5");
  ASSERT_EQ(match.status, 200);
  EXPECT_EQ(match.route->method, "GET");
  EXPECT_EQ(router.match("HEAD", "/api/v1/nothing").status, 404);
}

TEST(Query, DecodesPercentEscapesAndPlus) {
  auto query = parse_query("q=G%C3%B6teborg+stad&tag=a&tag=b&empty=&flag&bad=%zz&sum=1%2B1");
  EXPECT_EQ(query.find("q")->second, "Göteborg stad");
  EXPECT_EQ(query.count("tag"), 2u);
  EXPECT_EQ(query.find("empty")->second, "");
  EXPECT_EQ(query.find("flag")->second, "");
  EXPECT_EQ(query.find("bad")->second, "%zz");  // kept verbatim, not dropped
  EXPECT_EQ(query.find("sum")->second, "1+1");
}

TEST(Query, PercentDecodeRejectsTruncatedEscapes) {
  EXPECT_EQ(percent_decode("a%2", false), std::nullopt);
  EXPECT_EQ(percent_decode("a%", false), std::nullopt);
  EXPECT_EQ(percent_decode("a+b", false), "a+b");
  EXPECT_EQ(percent_decode("a+b", true), "a b");
  EXPECT_EQ(percent_decode("%41%62", false), "Ab");
}

struct Fixture {
  int authentications = 0;
  Router router{{
      route("GET", "/open"),
      route("GET", "/register", access::Action::read_register),
      route("GET", "/audit", access::Action::read_audit),
      Route{"GET",
            "/boom",
            std::nullopt,
            [](Request&) -> Response { throw std::runtime_error("bug"); },
            {}},
  }};
  Authenticate as(std::optional<access::Role> role) {
    return [this, role](const Request&) -> Result<access::Principal> {
      ++authentications;
      if (!role) return make_error(ErrorCode::unauthenticated, Msg::log_in_first);
      return access::Principal{7, "ada", *role, std::nullopt};
    };
  }
  Response get(const std::string& path, std::optional<access::Role> role,
               std::string method = "GET") {
    Request request;
    request.method = std::move(method);
    request.path = path;
    return dispatch(router, request, as(role));
  }
};

TEST(Dispatch, PublicRoutesNeedNoCredentials) {
  Fixture f;
  EXPECT_EQ(f.get("/open", std::nullopt).status, 200);
  EXPECT_EQ(f.authentications, 0);
}

TEST(Dispatch, ProtectedRoutesAuthenticateThenAuthorise) {
  Fixture f;
  Response response = f.get("/register", std::nullopt);
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(response.content_type, "application/problem+json");
  EXPECT_EQ(f.get("/register", access::Role::participant).status, 403);
  EXPECT_EQ(f.get("/register", access::Role::observer).status, 200);
  EXPECT_EQ(f.get("/audit", access::Role::coordinator).status, 403);
  EXPECT_EQ(f.get("/audit", access::Role::admin).status, 200);
}

TEST(Dispatch, NotFoundAndMethodNotAllowedAreProblems) {
  Fixture f;
  Response response = f.get("/missing", access::Role::admin);
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.content_type, "application/problem+json");
  response = f.get("/open", access::Role::admin, "POST");
  EXPECT_EQ(response.status, 405);
  ASSERT_EQ(response.headers.size(), 1u);
  EXPECT_EQ(response.headers[0], (std::pair<std::string, std::string>{"Allow", "GET, HEAD"}));
  EXPECT_EQ(f.authentications, 0);  // routing comes before authentication
}

TEST(Dispatch, HandlerExceptionsPropagateToTheServersOneCatch) {
  Fixture f;
  EXPECT_THROW(f.get("/boom", std::nullopt), std::runtime_error);
}

TEST(StandardHeaders, SecurityHeadersEverywhereNoStoreOnlyUnderApi) {
  auto value = [](const Response& r, const std::string& name) -> std::string {
    for (auto& [k, v] : r.headers)
      if (k == name) return v;
    return "";
  };
  Response api = problem_response(401, Msg::log_in_first);
  add_standard_headers(api, "/api/v1/people");
  EXPECT_EQ(value(api, "X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(value(api, "Referrer-Policy"), "no-referrer");
  EXPECT_EQ(value(api, "X-Frame-Options"), "DENY");
  EXPECT_NE(value(api, "Content-Security-Policy").find("frame-ancestors 'none'"),
            std::string::npos);
  EXPECT_EQ(value(api, "Cache-Control"), "no-store");
  EXPECT_EQ(value(api, "WWW-Authenticate").rfind("Bearer", 0), 0u);

  Response page = json_response(200, {});
  add_standard_headers(page, "/");
  EXPECT_EQ(value(page, "Cache-Control"), "");
  EXPECT_EQ(value(page, "WWW-Authenticate"), "");
  EXPECT_EQ(value(page, "Cross-Origin-Opener-Policy"), "same-origin");
}

}  // namespace
}  // namespace samla::http
